def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)
def make():
    x = 1
    def get(): return x
    def setx(v):
        nonlocal x
        x = v
    return get, setx
g, s = make()
c = g.__closure__[0]
print(type(c).__name__, c.cell_contents, g.__code__.co_freevars, make.__code__.co_cellvars)
s(5); print(g(), c.cell_contents)
c.cell_contents = 9; print(g())
del c.cell_contents
t('empty cell', g); t('empty contents', lambda: c.cell_contents)
s(3); print(g())
import types
nc = types.CellType(); t('new cell', lambda: nc.cell_contents); nc2 = types.CellType(7); print(nc2.cell_contents, repr(nc2).startswith('<cell at'))
print(types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
t('cell hash', lambda: hash(types.CellType(1)))
def counter_factory():
    counts = []
    for i in range(3):
        def f(i=i): return i
        counts.append(f)
    return [c() for c in counts]
print(counter_factory())
def shared():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs], fs[0].__closure__[0] is fs[1].__closure__[0]
print(shared())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3(): return a + b + c
            return l3
        return l2
    return l1()()
f3 = deep(); print(f3(), f3.__code__.co_freevars, len(f3.__closure__))
def class_closure():
    v = 'enclosed'
    class K:
        def m(self): return v
        w = v
    return K().m(), K.w
print(class_closure())
def nonlocal_class():
    x = 1
    class K:
        nonlocal x
        x = 2
    return x
print(nonlocal_class())
t('nonlocal at class level', lambda: exec('class K:\n    nonlocal x'))
def fn_rebind():
    def inner(): return val
    val = 'first'
    r1 = inner()
    val = 'second'
    return r1, inner()
print(fn_rebind())
def gen_closure():
    x = 0
    def g():
        nonlocal x
        while True:
            x += 1
            yield x
    return g(), lambda: x
gg, peek = gen_closure(); next(gg); next(gg); print(peek())
def lambda_default_vs_closure():
    y = 10
    a = lambda y=y: y
    b = lambda: y
    y = 20
    return a(), b()
print(lambda_default_vs_closure())
print((lambda: (lambda: (lambda: 'nested lambdas')())())())
def comp_closures():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in comp_closures()])
def kw_closure(**kw):
    return lambda: kw
print(kw_closure(a=1)())
def recursive_local():
    def fact(n): return 1 if n < 2 else n * fact(n - 1)
    return fact
rf = recursive_local(); print(rf(10), rf.__code__.co_freevars)
