# ExceptionGroup construction, subgroup/split, and str/repr.
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(str(eg), repr(eg))
print(eg.message, len(eg.exceptions), [repr(e) for e in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(KeyError))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [KeyError('b')])])
print(str(nested))
print(repr(nested.split(LookupError)[0]))
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print(type(e).__name__, e)
bg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(bg).__name__)
print(type(BaseExceptionGroup('x', [ValueError()])).__name__)
