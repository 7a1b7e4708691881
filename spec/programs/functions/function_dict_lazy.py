# Function attributes and __dict__: set, read, delete, vars(), dir(), functools.wraps copying
# them, closures made in a loop each with their own attributes, and the errors.
import functools
def f(): pass
print(f.__dict__, vars(f), hasattr(f, 'x'))
f.x = 1
f.y = [2]
print(f.__dict__, f.x, getattr(f, 'y'), 'x' in dir(f))
del f.x
print(f.__dict__)
try:
    del f.x
except AttributeError as e:
    print('AttributeError', e)
try:
    f.nothing
except AttributeError as e:
    print('AttributeError', e)
g = lambda: 0
try:
    del g.missing
except AttributeError as e:
    print('AttributeError', e)
g.__dict__ = {'k': 'v'}
print(g.k, vars(g))
try:
    g.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
def counted(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@counted
def add(a, b):
    """adds"""
    return a + b
add.tag = 'math'
for i in range(5):
    add(i, i)
print(add.calls, add.__name__, add.__doc__, add.__wrapped__.__name__, sorted(add.__dict__))
def marked(fn):
    fn.marked = True
    return fn
@counted
@marked
def sub(a, b): return a - b
print(sub.marked, sub.calls, sorted(sub.__dict__))
fs = []
for i in range(4):
    def h(k=i): return k
    h.i = i * 10
    fs.append(h)
print([(h(), h.i, h.__dict__) for h in fs])
print(type(f.__dict__).__name__, f.__dict__ is f.__dict__)
class C:
    def m(self): pass
C.m.note = 'n'
print(C().m.note, C.m.__dict__)
try:
    C().m.other = 1
except AttributeError as e:
    print('AttributeError', e)
