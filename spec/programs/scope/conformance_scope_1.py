x = 'global x'
class C:
    x = 'class x'
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self): return x
    w = x.upper()
print(C.y, C.z, C().m(), C.w)
class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = str(e)
print(D.c)
def f():
    x = 'local f'
    class Inner:
        print('Inner sees', x)
        x = 'inner class x'
        print('Inner now', x)
        def meth(self): return x
    return Inner().meth()
print(f())
def g():
    v = 1
    class K:
        v = 2
        def get(self): return v
    return K().get(), K.v
print(g())
def h():
    n = 0
    def a():
        nonlocal n
        n += 1
        def b():
            nonlocal n
            n += 10
        b()
        return n
    return a(), n
print(h())
def gl():
    global newglobal
    newglobal = 'made'
gl(); print(newglobal)
def shadow():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow(), len('abc'))
import builtins
def use_builtin(): return max([1, 2])
builtins_max = builtins.max
builtins.max = lambda *a: 'patched'
print(use_builtin())
builtins.max = builtins_max
print(use_builtin())
max = lambda *a: 'module level'
print(use_builtin())
del max
print(use_builtin())
# comprehension scoping
i = 'outer i'
lst = [i for i in range(3)]
print(i, lst)
print([j for j in range(2) for k in range(j)], {k: v for k, v in zip('ab', 'cd')}, {c for c in 'aab'} == {'a', 'b'})
def comp_closure():
    return [lambda: q for q in range(3)]
print([fn() for fn in comp_closure()])
def walrus():
    [y := v for v in range(3)]
    return y
print(walrus())
print([w := 5, w * 2])
# exec/eval namespaces
ns = {'a': 1}
exec('b = a + 1', ns); print(ns['b'])
loc = {}
exec('c = 5', {}, loc); print(loc)
print(eval('a * 10', ns), eval('x', {'x': 'given'}), eval('len', {}))
def exec_in_func():
    q = 1
    exec('q = 2')
    return q
print(exec_in_func())
def locals_snapshot():
    a = 1
    d = locals()
    b = 2
    return sorted(d), sorted(locals())
print(locals_snapshot())
print(sorted(k for k in globals() if not k.startswith('__'))[:5])
def nested_del():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try: return v
    except NameError as e: return type(e).__name__ + ': ' + str(e)
print(nested_del())
fv = 'global fv'
def free_in_class():
    fv = 'free'
    class FC:
        attr = fv
        fv = 'shadow'
        attr2 = fv
    return FC.attr, FC.attr2
print(free_in_class())
def gen_scope():
    base = 10
    return list(base + k for k in range(3))
print(gen_scope())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count += 100
c1 = Counter(); c2 = Counter(); print(Counter.count, c1.count, c2.count)
def default_eval(a=[]):
    a.append(1)
    return a
print(default_eval(), default_eval(), default_eval([]))
val = 'module'
def default_binding(v=val): return v
val = 'changed'
print(default_binding())
def recursive_closure():
    def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(15)
print(recursive_closure())
def class_in_loop():
    out = []
    for k in range(2):
        class L:
            val = k
        out.append(L.val)
    return out
print(class_in_loop())
try:
    exec('def bad():\n    global gg\n    gg = 1\n    nonlocal hh')
except SyntaxError as e: print('SyntaxError', e.msg)
try: exec('def f2(a):\n    global a')
except SyntaxError as e: print('SyntaxError', e.msg)
try: exec('def f3():\n    x = 1\n    global x')
except SyntaxError as e: print('SyntaxError', e.msg)
try: exec('def f4():\n    print(x)\n    global x')
except SyntaxError as e: print('SyntaxError', e.msg)
print(__name__, __doc__, type(__builtins__).__name__)
def super_cell():
    class Bs:
        def m(self): return 'Bs'
    class Dr(Bs):
        def m(self): return 'Dr>' + super().m() + str(__class__.__name__)
    return Dr().m()
print(super_cell())
