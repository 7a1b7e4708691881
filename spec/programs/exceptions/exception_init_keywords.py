# keyword arguments to exception constructors: only the named fields some of them take
for T in (ImportError, ModuleNotFoundError, AttributeError, NameError, ValueError, StopIteration,
          SystemExit, OSError, FileNotFoundError, KeyError, Exception, BaseException, UnicodeError,
          SyntaxError, StopAsyncIteration):
    try:
        T('m', bogus=1)
        print('no error', T.__name__)
    except TypeError as e:
        print(e)
class X(ImportError): pass
class S(StopIteration): pass
for T in (X, S):
    try:
        T('m', bogus=1)
    except TypeError as e:
        print(e)
for args, kw in [(('m',), {'bogus': 1}), ((), {}), (('m', []), {'x': 1})]:
    try:
        ExceptionGroup(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Y(ValueError):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
print(repr(Y(1, k=2)), Y(1, k=2).k)
class Z(ValueError):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
try:
    Z(1, k=2)
except TypeError as e:
    print(e)
e = ImportError('a', 'b', name='n', path='p')
print(e.args, e.name, e.path, e.msg, str(e))
print(AttributeError('m', name='n', obj=3).obj, NameError(name='q').name, NameError('x').args)
