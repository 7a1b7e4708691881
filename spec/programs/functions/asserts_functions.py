import functools
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def documented(a, b=2):
    "the doc"
    return a + b
def annotated(a: int, b: 'str' = 'x', *args: float, c: bool = True, **kw: dict) -> list: pass
def defaults(a, b=[]):
    b.append(a)
    return b
def kwdefaults(*, k=1): return k
def gen_fn(): yield
async def async_fn(): pass
lam = lambda x, y=1, *a, z, **k: 0
def outer():
    v = 1
    def inner(): return v
    return inner
def recurse(n): return n if n <= 0 else recurse(n - 1)
class K:
    def meth(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self): return 1

# ---- generated checks (expected values from CPython 3.11)

_n = _fails = 0

def _fail(line, got):
    global _fails
    _fails += 1
    print('FAIL', line, '->', got)

def check(line, fn, expected):
    global _n
    _n += 1
    try:
        got = fn()
    except Exception as e:
        _fail(line, 'raised %s: %s' % (type(e).__name__, e))
        return
    if repr(got) != expected:
        _fail(line, repr(got) + ' != ' + expected)

def assert_raises(line, fn, exc, msg):
    global _n
    _n += 1
    try:
        got = fn()
    except BaseException as e:
        if type(e).__name__ != exc or str(e) != msg:
            _fail(line, 'raised %s: %s (expected %s: %s)' % (type(e).__name__, e, exc, msg))
        return
    _fail(line, 'no exception, got %r (expected %s: %s)' % (got, exc, msg))

check('documented.__name__', lambda: (documented.__name__), "'documented'")
check('documented.__doc__', lambda: (documented.__doc__), "'the doc'")
check('documented.__wrapped__.__name__', lambda: (documented.__wrapped__.__name__), "'documented'")
check('documented(1)', lambda: (documented(1)), '3')
check('annotated.__annotations__', lambda: (annotated.__annotations__), "{'a': <class 'int'>, 'b': 'str', 'args': <class 'float'>, 'c': <class 'bool'>, 'kw': <class 'dict'>, 'return': <class 'list'>}")
check('annotated.__defaults__', lambda: (annotated.__defaults__), "('x',)")
check('annotated.__kwdefaults__', lambda: (annotated.__kwdefaults__), "{'c': True}")
check('annotated.__code__.co_argcount', lambda: (annotated.__code__.co_argcount), '2')
check('annotated.__code__.co_kwonlyargcount', lambda: (annotated.__code__.co_kwonlyargcount), '1')
check('annotated.__code__.co_posonlyargcount', lambda: (annotated.__code__.co_posonlyargcount), '0')
check('annotated.__code__.co_varnames', lambda: (annotated.__code__.co_varnames), "('a', 'b', 'c', 'args', 'kw')")
check('annotated.__code__.co_flags & 0x0c', lambda: (annotated.__code__.co_flags & 0x0c), '12')
check('lam.__code__.co_varnames', lambda: (lam.__code__.co_varnames), "('x', 'y', 'z', 'a', 'k')")
check('lam.__name__', lambda: (lam.__name__), "'<lambda>'")
check('lam.__qualname__', lambda: (lam.__qualname__), "'<lambda>'")
check('outer().__qualname__', lambda: (outer().__qualname__), "'outer.<locals>.inner'")
check('outer().__closure__[0].cell_contents', lambda: (outer().__closure__[0].cell_contents), '1')
check('outer.__closure__', lambda: (outer.__closure__), 'None')
check('defaults(1)', lambda: (defaults(1)), '[1]')
check('defaults(2)', lambda: (defaults(2)), '[1, 2]')
check('defaults.__defaults__', lambda: (defaults.__defaults__), '([1, 2],)')
check('kwdefaults.__kwdefaults__', lambda: (kwdefaults.__kwdefaults__), "{'k': 1}")
kwdefaults.__kwdefaults__ = {'k': 5}
check('kwdefaults()', lambda: (kwdefaults()), '5')
defaults.__defaults__ = ([],)
check('defaults(9)', lambda: (defaults(9)), '[9]')
check('gen_fn.__code__.co_flags & 0x20', lambda: (gen_fn.__code__.co_flags & 0x20), '32')
check('async_fn.__code__.co_flags & 0x80', lambda: (async_fn.__code__.co_flags & 0x80), '128')
check('K.meth.__qualname__', lambda: (K.meth.__qualname__), "'K.meth'")
check('K().meth.__self__.__class__.__name__', lambda: (K().meth.__self__.__class__.__name__), "'K'")
check('K().meth.__func__ is K.meth', lambda: (K().meth.__func__ is K.meth), 'True')
check('K.cm.__self__', lambda: (K.cm.__self__), "<class '__main__.K'>")
check('K.sm.__name__', lambda: (K.sm.__name__), "'sm'")
check("type(K.__dict__['prop']).__name__", lambda: (type(K.__dict__['prop']).__name__), "'property'")
check('K.prop.fget.__name__', lambda: (K.prop.fget.__name__), "'prop'")
check('K().meth == K().meth', lambda: (K().meth == K().meth), 'False')
check('K.meth.__get__(None, K) is K.meth', lambda: (K.meth.__get__(None, K) is K.meth), 'True')
check('documented.__module__', lambda: (documented.__module__), "'__main__'")
check('recurse(50)', lambda: (recurse(50)), '0')
check('functools.partial(documented, 1)(5)', lambda: (functools.partial(documented, 1)(5)), '6')
check('functools.partial(documented, b=10)(1)', lambda: (functools.partial(documented, b=10)(1)), '11')
check('functools.partial(documented, 1).args', lambda: (functools.partial(documented, 1).args), '(1,)')
check('functools.reduce(lambda a, b: a * b, range(1, 6))', lambda: (functools.reduce(lambda a, b: a * b, range(1, 6))), '120')
assert_raises('functools.reduce(lambda a, b: a, [])', lambda: (functools.reduce(lambda a, b: a, [])), 'TypeError', 'reduce() of empty iterable with no initial value')
check("functools.reduce(lambda a, b: a, [], 'init')", lambda: (functools.reduce(lambda a, b: a, [], 'init')), "'init'")
check('functools.lru_cache()(recurse)(10)', lambda: (functools.lru_cache()(recurse)(10)), '0')
check('(lambda: (yield))().__class__.__name__', lambda: ((lambda: (yield))().__class__.__name__), "'generator'")
check('(lambda *a: a)(*range(3))', lambda: ((lambda *a: a)(*range(3))), '(0, 1, 2)')
check("(lambda **k: sorted(k))(**{'b': 1, 'a': 2})", lambda: ((lambda **k: sorted(k))(**{'b': 1, 'a': 2})), "['a', 'b']")
assert_raises('(lambda a, /: a)(a=1)', lambda: ((lambda a, /: a)(a=1)), 'TypeError', "<lambda>.<locals>.<lambda>() got some positional-only arguments passed as keyword arguments: 'a'")
check('callable(lam)', lambda: (callable(lam)), 'True')
check('type(lam).__name__', lambda: (type(lam).__name__), "'function'")
check('sorted(documented.__dict__)', lambda: (sorted(documented.__dict__)), "['__wrapped__']")
check('K.meth.__dict__', lambda: (K.meth.__dict__), '{}')
K.meth.attr = 1
check('K.meth.attr', lambda: (K.meth.attr), '1')
check('K().meth.attr', lambda: (K().meth.attr), '1')
assert_raises('K().meth.other', lambda: (K().meth.other), 'AttributeError', "'function' object has no attribute 'other'")
def _s58():
    K().meth.other = 1
assert_raises('K().meth.other = 1', _s58, 'AttributeError', "'method' object has no attribute 'other'")
check('type(len).__name__', lambda: (type(len).__name__), "'builtin_function_or_method'")
check('len.__name__', lambda: (len.__name__), "'len'")
check('len.__qualname__', lambda: (len.__qualname__), "'len'")
check('len.__module__', lambda: (len.__module__), "'builtins'")
check('len.__self__.__name__', lambda: (len.__self__.__name__), "'builtins'")
check('[].append.__name__', lambda: ([].append.__name__), "'append'")
check('[].append.__qualname__', lambda: ([].append.__qualname__), "'list.append'")
check('repr(len)', lambda: (repr(len)), "'<built-in function len>'")
check('int.__add__.__qualname__', lambda: (int.__add__.__qualname__), "'int.__add__'")
check('type(int.__add__).__name__', lambda: (type(int.__add__).__name__), "'wrapper_descriptor'")
check('type((1).__add__).__name__', lambda: (type((1).__add__).__name__), "'method-wrapper'")
check('type(str.join).__name__', lambda: (type(str.join).__name__), "'method_descriptor'")
check('type(dict.fromkeys).__name__', lambda: (type(dict.fromkeys).__name__), "'builtin_function_or_method'")
check("type(K.__dict__['cm']).__name__", lambda: (type(K.__dict__['cm']).__name__), "'classmethod'")
print('ok', _n, _fails)
