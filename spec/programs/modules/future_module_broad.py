from __future__ import annotations
import __future__ as f
print(sorted(k for k in dir(f) if not k.startswith('__')))
print(f.__all__)
print(f.all_feature_names)
for name in f.all_feature_names:
    feat = getattr(f, name)
    print(name, repr(feat), feat.getOptionalRelease(), feat.getMandatoryRelease(), feat.compiler_flag, sorted(vars(feat)))
for k in sorted(dir(f)):
    if k.startswith('CO_'):
        print(k, hex(getattr(f, k)))
print(annotations is f.annotations, type(annotations).__name__)
x = f._Feature((1, 2), None, 3)
print(x, x.optional, x.mandatory, x.getMandatoryRelease())
x = f._Feature(optionalRelease=1, mandatoryRelease=2, compiler_flag=4)
print(repr(x))
try:
    f._Feature(1, 2)
except TypeError as e:
    print('TypeError', e)
print(f.division.compiler_flag & f.CO_FUTURE_DIVISION != 0)
code = compile('x = 1', '<s>', 'exec', f.annotations.compiler_flag)
print(code.co_flags & f.CO_FUTURE_ANNOTATIONS != 0)
ns = {}
exec(compile('def g(a: undefined_name) -> int: pass', '<s>', 'exec', f.annotations.compiler_flag), ns)
print(ns['g'].__annotations__)
print(f._Feature.__qualname__, f._Feature.__module__, f.__name__)
