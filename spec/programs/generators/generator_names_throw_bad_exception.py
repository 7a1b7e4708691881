def func():
    yield 1
func.__qualname__ = "func_qualname"
func.__name__ = "func_name"
gen = func()
print(gen.__name__, gen.__qualname__)
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring():
    yield
g = boring()
try:
    g.throw(E)
except TypeError as e:
    print(e)
try:
    next(g)
except StopIteration:
    print('stopped')
class sub(tuple): pass
try:
    sub(sequence=())
except TypeError as e:
    print(e)
try:
    tuple(sequence=())
except TypeError as e:
    print(e)
class subl(list): pass
try:
    print(subl(sequence=()))
except TypeError as e:
    print(e)
class Outer:
    class cls:
        foo = property()
        bar = property(doc='x')
for op in ('get', 'set', 'del'):
    try:
        if op == 'get': Outer.cls().foo
        elif op == 'set': Outer.cls().foo = 1
        else: del Outer.cls().foo
    except AttributeError as e:
        print(e)
p = property()
class Late:
    pass
Late.x = p
try:
    Late().x
except AttributeError as e:
    print(e)
