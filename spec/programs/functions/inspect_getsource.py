# inspect.getsource/getsourcelines/getfile/getattr_static/getmro on functions, lambdas, decorated
# and wrapped functions, methods, nested and local classes; co_firstlineno is the first decorator.
import inspect, functools

def plain(a, b=1):
    """Doc."""
    x = a + b   # trailing comment

    # a comment inside, then more code
    return x
    # comment at body depth after the last statement

# comment at top level
def one_liner(x): return x * 2

@functools.lru_cache(maxsize=None)
def decorated(n):
    return n

def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper

@deco
def wrapped(q):
    s = '''multi
line string at column 0
'''
    return (q,
  s)

square = lambda v: v * v
pair = (lambda a,
        b: a + b)

class Shape:
    """A shape."""
    sides = 0

    def area(self):
        raise NotImplementedError

    class Inner:
        def inner_method(self):
            if True:
                pass
            return 1

    @staticmethod
    def static(): return 's'


class Square(Shape): sides = 4

def outer():
    def nested(z):
        return z
    class Local:
        attr = 1
    return nested, Local

for obj in (plain, one_liner, decorated, wrapped, square, pair, Shape, Shape.area, Shape().area,
            Shape.Inner, Shape.Inner.inner_method, Shape.static, Square, outer()[0], outer()[1]):
    lines, lnum = inspect.getsourcelines(obj)
    print(getattr(obj, '__qualname__', obj), lnum, len(lines))
    print(inspect.getsource(obj), end='--\n')
for bad in (len, 1, int):
    try:
        print(inspect.getsource(bad)[:40])
    except Exception as e:
        print(type(e).__name__, e)
print(inspect.getfile(plain).endswith('gs.py'), inspect.getsourcefile(Shape).endswith('gs.py'))
try:
    inspect.getfile(len)
except TypeError as e:
    print(e)
print(inspect.getmro(Square) == Square.__mro__)
class D:
    @property
    def p(self): return 1
    x = 5
    @staticmethod
    def s(): pass
    def __getattr__(self, n): return 'dyn'
d = D()
d.y = 3
print(type(inspect.getattr_static(d, 'p')).__name__, inspect.getattr_static(d, 'x'), inspect.getattr_static(d, 'y'), type(inspect.getattr_static(D, 's')).__name__)
print(inspect.getattr_static(d, 'nope', 'default'))
try:
    inspect.getattr_static(d, 'nope')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.indentsize('    x'), inspect.indentsize('\tx'))
src = inspect.getsource(inspect.getmodule(plain))
print(src.splitlines()[0], len(src.splitlines()))
