def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, [c.cell_contents for c in get.__closure__], inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
a, b = adders()
print([f(10) for f in a], [f(10) for f in b])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()
print(outer()())
def shared():
    fns = []
    for i in range(3):
        def f(): return i
        fns.append(f)
    i = 100
    return [f() for f in fns]
print(shared())
def cell_del():
    x = 1
    def g(): return x
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
cell_del()
def rebind_via_closure():
    total = []
    def add(v): total.append(v)
    add(1); add(2)
    return total
print(rebind_via_closure())
def gen_closure():
    n = 0
    def g():
        nonlocal n
        while True:
            n += 1
            yield n
    return g(), lambda: n
gg, peek = gen_closure()
next(gg); next(gg)
print(peek())
class A:
    x = 1
    def m(self):
        return __class__, x if False else None
print(A().m()[0].__name__)
def deco(prefix):
    def wrap(fn):
        calls = 0
        def inner(*a):
            nonlocal calls
            calls += 1
            return f"{prefix}{fn(*a)}#{calls}"
        return inner
    return wrap
@deco("> ")
def hi(n): return f"hi {n}"
print(hi(1), hi(2))
x = "global"
def read_global():
    def inner(): return x
    return inner()
print(read_global())
def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner()
print(shadow())
def late():
    def inner(): return y
    y = 5
    return inner()
print(late())
print((lambda n: (lambda m: n * m))(3)(4))
def comp_closure():
    k = 10
    return [(lambda: k + j)() for j in range(3)], {j: k for j in range(2)}, list(k * j for j in range(2))
print(comp_closure())
def nonlocal_in_class():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print(nonlocal_in_class())
def f_locals():
    a = 1
    def g():
        return a
    return sorted(locals().keys()), g.__code__.co_freevars
print(f_locals())
