# Closures and cells: __closure__ and cell_contents (empty, set, deleted), shared cells, late
# binding in loops and comprehensions, nonlocal/global rebinding and del, mutable and replaced
# defaults, walrus scope, qualnames, and argument-binding error messages.

def t(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
def outer():
    x = 1
    def inner():
        return x
    return inner
f = outer()
t('closure len', lambda: len(f.__closure__))
t('cell contents', lambda: f.__closure__[0].cell_contents)
t('freevars', lambda: f.__code__.co_freevars)
t('cellvars', lambda: outer.__code__.co_cellvars)
def outer2():
    def inner():
        return x
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print('empty cell', e)
    x = 2
    return c
c = outer2()
t('filled', lambda: c.cell_contents)
c.cell_contents = 5
t('set', lambda: c.cell_contents)
del c.cell_contents
t('deleted', lambda: c.cell_contents)
import types
t('CellType new', lambda: types.CellType(3).cell_contents)
t('CellType empty', lambda: types.CellType().cell_contents)
t('cell repr-ish', lambda: type(types.CellType(3)).__name__)
t('cell eq', lambda: types.CellType(1) == types.CellType(1))
t('cell lt', lambda: types.CellType(1) < types.CellType(2))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
t('shared cell', get)
t('same cell', lambda: inc.__closure__[0] is get.__closure__[0])
def defaults(a, b=[], *, c={}):
    b.append(1); c['k'] = c.get('k', 0) + 1
    return len(b), c['k']
defaults(1); 
t('mutable default', lambda: defaults(1))
t('__defaults__', lambda: defaults.__defaults__)
t('__kwdefaults__', lambda: defaults.__kwdefaults__)
defaults.__defaults__ = ([5],)
t('replaced defaults', lambda: defaults(1))
t('set defaults bad', lambda: setattr(defaults, '__defaults__', 5))
def loopclosures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 'after'
    return [f() for f in fs]
t('late binding', loopclosures)
def comp_closure():
    return [lambda: i for i in range(3)][0]()
t('comp closure', comp_closure)
def gen_closure():
    gs = (lambda: i for i in range(3))
    return [g() for g in gs]
t('genexp closure', gen_closure)
def nonlocal_in_loop():
    fs = []
    for i in range(3):
        def make():
            j = i
            def f():
                nonlocal j
                j += 10
                return j
            return f
        fs.append(make())
    return [f() for f in fs], [f() for f in fs]
t('nonlocal per closure', nonlocal_in_loop)
def shadow():
    x = 'outer'
    def f():
        print(x)
        x = 'inner'
    f()
t('unbound local', shadow)
def shadow2():
    x = 'outer'
    def f():
        x += 'y'
    f()
t('aug unbound', shadow2)
def free_deleted():
    x = 1
    def f():
        return x
    del x
    return f()
t('free deleted', free_deleted)
def del_nonlocal():
    x = 1
    def f():
        nonlocal x
        del x
    f()
    return x
t('del via nonlocal', del_nonlocal)
g = 'global'
def glob():
    global g
    del g
    return g
t('del global', glob)
g = 'global'
def glob2():
    def inner():
        global g
        g = 'changed'
    inner()
    return g
t('global from inner', glob2)
def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(5)
t('recursive', recursive_closure)
def class_in_func():
    v = 'fv'
    class A:
        v = 'cv'
        def m(self):
            return v
        w = v
        lst = [v for _ in range(1)]
    return A().m(), A.w, A.lst
t('class in func', class_in_func)
def lambda_default_capture():
    x = 1
    f = lambda x=x: x
    x = 2
    return f(), (lambda: x)()
t('lambda defaults', lambda_default_capture)
def walrus_scope():
    data = [1, 2, 3]
    r = [y := v * 2 for v in data]
    return y, r
t('walrus leaks', walrus_scope)
def walrus_in_genexp():
    g = (last := v for v in range(3))
    list(g)
    return last
t('walrus genexp', walrus_in_genexp)
class W:
    r = [v for v in range(2)]
t('class comp', lambda: W.r)
def func_attrs():
    def f(): pass
    f.custom = 1
    return f.__name__, f.__qualname__, f.custom, f.__module__, sorted(f.__dict__)
t('attrs', func_attrs)
def qualnames():
    class A:
        def m(self):
            def inner(): pass
            return inner
    return A.m.__qualname__, A().m().__qualname__, (lambda: 0).__qualname__
t('qualnames', qualnames)
def kwonly(a, /, b, *, c):
    return a, b, c
t('posonly kw', lambda: kwonly(a=1, b=2, c=3))
t('missing kwonly', lambda: kwonly(1, 2))
t('too many pos', lambda: kwonly(1, 2, 3))
t('unexpected kw', lambda: kwonly(1, 2, c=3, d=4))
t('multiple values', lambda: kwonly(1, 2, b=2, c=3))
def varargs(*args, **kw):
    return args, kw
t('varargs', lambda: varargs(1, *[2, 3], k=1, **{'z': 2}))
t('dup kw via **', lambda: varargs(**{'a': 1}, a=2))
t('** non-mapping', lambda: varargs(**[1]))
t('* non-iterable', lambda: varargs(*1))
t('** non-str key', lambda: varargs(**{1: 2}))
