def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def unbound():
    print(y)
    y = 1
t(unbound)
def unbound_del():
    z = 1
    del z
    return z
t(unbound_del)
def free_unbound():
    def inner(): return w
    t(inner)
    w = 2
    return inner()
t(free_unbound)
def del_global():
    global gdel
    gdel = 1
    del gdel
    return 'gdel' in globals()
t(del_global)
t(lambda: exec('del undefined_xyz'))
def del_local_twice():
    a = 1
    del a
    del a
t(del_local_twice)
def nonlocal_chain():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 1
            return x
        return b()
    a(); a()
    return x
t(nonlocal_chain)
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); t(incr)
def shadow_builtin():
    len = lambda x: 'shadowed'
    return len([1])
t(shadow_builtin); print(len([1]))
import builtins
builtins.custom_builtin = 'from builtins'
print(custom_builtin)
del builtins.custom_builtin
t(lambda: custom_builtin)
x = 'global x'
class K:
    x = 'class x'
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self): return x
print(K.y, K.z, K().m())
class K2:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = [i for i in range(a, a + 3)]
print(K2.c)
def comp_scope():
    i = 'outer'
    r = [i for i in range(3)]
    return i, r
print(comp_scope())
print([j for j in range(3)], 'j' in globals())
g = (k for k in range(3)); print(list(g), 'k' in globals())
def gen_late():
    n = 1
    g = (n * i for i in range(3))
    n = 10
    return list(g)
print(gen_late())
def first_iter_eager():
    data = [1, 2]
    g = (x for x in data)
    data = [9]
    return list(g)
print(first_iter_eager())
ns = {}
exec('a = 1\ndef f(): return a\nb = f()', ns); print(ns['b'], sorted(k for k in ns if not k.startswith('__')))
loc = {}; exec('c = 5', {}, loc); print(loc)
def exec_in_func():
    exec('q = 1')
    try:
        return q
    except NameError as e:
        return 'NameError ' + str(e)
print(exec_in_func())
print(eval('x'), eval('x', {'x': 'evalg'}), eval('x', {}, {'x': 'evall'}), eval('[x for _ in range(1)]', {'x': 1}))
t(eval, 'y_undefined'); t(eval, '1 +'); t(eval, 'import os'); t(exec, 'return 1'); t(eval, ''); t(exec, 5); t(eval, b'1 + 1'); t(exec, 'print("exec ok")', None, None)
def locals_snapshot():
    a = 1
    l = locals()
    b = 2
    return sorted(l), sorted(locals())
print(locals_snapshot())
def closure_cells():
    a, b = 1, 2
    def f(): return a + b
    return [c.cell_contents for c in f.__closure__], f.__code__.co_freevars
print(closure_cells())
def class_in_func():
    v = 'enclosing'
    class C:
        v = 'class'
        def get(self): return v
        def get_cls(self): return self.v
    return C().get(), C().get_cls()
print(class_in_func())
def nonlocal_class():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print(nonlocal_class())
def global_in_class():
    class C:
        global made_in_class
        made_in_class = 'yes'
    return made_in_class
print(global_in_class())
try:
    exec('def bad():\n    x = 1\n    global x')
except SyntaxError as e:
    print('SyntaxError', e.msg)
for i in range(3): pass
print(i)
try:
    for undefined_loop_var in []: pass
    print(undefined_loop_var)
except NameError as e:
    print('NameError', e)
try:
    1 / 0
except ZeroDivisionError as err:
    pass
t(lambda: err)
try:
    print(err)
except NameError as e:
    print('NameError', e)
walrus_list = [(last := v) for v in range(4)]; print(last)
def lambda_default_capture():
    fs = [lambda v=v: v for v in 'abc']
    return [f() for f in fs]
print(lambda_default_capture())
