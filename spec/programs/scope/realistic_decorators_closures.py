registry = {}
def register(name=None, *, prefix=""):
    def deco(fn):
        key = prefix + (name or fn.__name__)
        if key in registry:
            raise KeyError(f"duplicate {key}")
        registry[key] = fn
        return fn
    if callable(name):
        fn, name = name, None
        return deco(fn)
    return deco
@register
def alpha(): return "a"
@register("b2", prefix="x.")
def beta(): return "b"
@register(prefix="p_")
def gamma(): return "g"
print(sorted(registry), [registry[k]() for k in sorted(registry)])
try:
    @register("alpha")
    def alpha2(): pass
except KeyError as e:
    print(type(e).__name__, e)
def counter_deco(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@counter_deco
def add(a, b=1): return a + b
add(1); add(2, 3); add(b=4, a=5)
print(add.calls)
class Memo:
    def __init__(self, fn):
        self.fn = fn; self.cache = {}; self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        r = self.cache[args] = self.fn(*args)
        return r
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return lambda *a: self(obj, *a)
@Memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.hits, len(fib.cache))
class Calc:
    @Memo
    def sq(self, x): return x * x
c = Calc()
print(c.sq(4), c.sq(4), Calc.sq.hits)
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        return inner(), x
    return mid(), x
print(outer())
g = 0
def f1():
    global g
    def f2():
        return g
    g = 5
    return f2()
print(f1(), g)
def make_acc():
    total = []
    def acc(x=None):
        if x is not None: total.append(x)
        return sum(total)
    return acc
a1, a2 = make_acc(), make_acc()
a1(5); a1(6); a2(1)
print(a1(), a2())
x = "module"
def test_class_scope():
    x = "function"
    class K:
        x = "class"
        y = x
        def m(self): return x
        z = [x for _ in range(1)]
    return K.y, K().m(), K.z
print(test_class_scope())
def comp_scope():
    funcs = {n: (lambda n=n: n * 2) for n in range(3)}
    late = {n: (lambda: n * 2) for n in range(3)}
    return [f() for f in funcs.values()], [f() for f in late.values()]
print(comp_scope())
def gen_late():
    return [lambda: i for i in range(3)], [(lambda j: lambda: j)(i) for i in range(3)]
a, b = gen_late()
print([f() for f in a], [f() for f in b])
def deco_with_state(tag):
    state = {"n": 0}
    def deco(fn):
        def w(*a):
            state["n"] += 1
            return f"[{tag}#{state['n']}] {fn(*a)}"
        return w
    return deco
@deco_with_state("A")
def hello(name): return f"hello {name}"
print(hello("x"), hello("y"))
def stacked(fn):
    return lambda *a: "<" + fn(*a) + ">"
@stacked
@stacked
@deco_with_state("B")
def word(): return "w"
print(word(), word())
try:
    exec("nonlocal q")
except SyntaxError as e:
    print(type(e).__name__, e)
def uses_before():
    def inner(): return val
    val = 10
    return inner()
print(uses_before())
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(del_local())
def nonlocal_del():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(nonlocal_del())
