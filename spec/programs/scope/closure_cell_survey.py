# Survey (conf18 probe): CPython's behaviour, exact messages included.
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
i, g = counter()
i(); i()
print(g(), i.__closure__[0] is g.__closure__[0], i.__code__.co_freevars)
def delfree():
    x = 1
    def f():
        nonlocal x
        del x
    def g(): return x
    f()
    return g
t(lambda: delfree()())
def ref_before():
    def g(): return y
    r = None
    try:
        r = g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    return g()
print(ref_before())
def cell_empty():
    def g(): return w
    c = g.__closure__[0]
    t(lambda: c.cell_contents)
    w = 3
    print(c.cell_contents)
    c.cell_contents = 10
    print(w)
    del c.cell_contents
    t(lambda: w)
cell_empty()
import types
c = types.CellType(5)
print(c.cell_contents, repr(types.CellType()).split(' at ')[0])
print(types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
x = 0
def gl():
    global x
    x += 1
    def inner():
        global x
        x *= 10
    inner()
    return x
print(gl())
def nested_classes():
    v = 'fn'
    class A:
        v = 'cls'
        def m(self): return v
        class B:
            w = v
    return A().m(), A.B.w
print(nested_classes())
def cls_nonlocal():
    v = 1
    class A:
        nonlocal v
        v = 2
    return v
print(cls_nonlocal())
def cls_ref_then_assign():
    v = 'outer'
    class A:
        print(v)
        v = 'inner'
        print(v)
    return A.v
t(cls_ref_then_assign)
def cls_free():
    v = 'outer'
    class A:
        print(v)
        def m(self): return v
    return A().m()
print(cls_free())
gv = 'G'
def cls_global_fallback():
    class A:
        gv2 = gv
        gv = 'local'
        gv3 = gv
    return A.gv2, A.gv3
print(cls_global_fallback())
def gen_closure():
    out = []
    for k in range(3):
        def f(): return k
        out.append(f)
    k = 99
    return [f() for f in out]
print(gen_closure())
def walrus_scope():
    [y := v for v in range(3)]
    return y
print(walrus_scope())
def comp_scope():
    v = 'outer'
    r = [v for v in range(2)]
    return v, r
print(comp_scope())
def comp_iter_eval():
    items = [1, 2]
    return [[a for a in items] for items in [[9]]]
print(comp_iter_eval())
def lam_default():
    fs = [(lambda: j) for j in range(2)]
    return [f() for f in fs]
print(lam_default())
def rec():
    def fact(n): return 1 if n <= 1 else n * fact(n - 1)
    return fact(5)
print(rec())
def ul_closure():
    def inner():
        print(q)
    inner()
    q = 1
t(ul_closure)
def ul_aug():
    c = 0
    def inner():
        c += 1
    inner()
t(ul_aug)
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
t(exc_var_cleared)
def exc_var_cleared2():
    e = 1
    try:
        raise ValueError
    except ValueError as e:
        pass
    print(e)
t(exc_var_cleared2)
def for_var_leak():
    for z in range(3): pass
    return z
print(for_var_leak())
def for_empty():
    for zz in []: pass
    return zz
t(for_empty)
def global_in_loop():
    for gvar in range(2):
        global gvar2
    return 'ok'
print(global_in_loop())
def builtins_shadow():
    len = lambda x: 'shadowed'
    return len([1])
print(builtins_shadow())
import builtins
builtins.my_builtin = 'bi'
print(my_builtin)
del builtins.my_builtin
t(lambda: my_builtin)
def lc_scope_class():
    class C:
        items = [1, 2]
        doubled = [i * 2 for i in items]
        try:
            bad = [i * n for i in items for n in items]
        except NameError as e:
            print('NameError', e)
    return C.doubled
print(lc_scope_class())
def locals_class():
    class C:
        a = 1
        print(sorted(locals()))
locals_class()
def genexp_class():
    class C:
        n = 3
        try:
            r = list(n for _ in range(2))
        except NameError as e:
            print('NameError', e)
        r2 = list(x for x in range(n))
    return C.r2
print(genexp_class())
print(type(globals()).__name__, '__builtins__' in globals(), globals()['__name__'])
def modify_locals():
    v = 1
    locals()['v'] = 2
    return v
print(modify_locals())
def exec_local():
    exec('newvar = 5')
    try:
        return newvar
    except NameError as e:
        return str(e)
print(exec_local())
def exec_local2():
    d = {}
    exec('newvar = 5', globals(), d)
    return d
print(exec_local2())
def eval_closure():
    a = 10
    return eval('a + 1')
print(eval_closure())
def eval_closure2():
    a = 10
    def f(): return eval('a')
    return f()
t(eval_closure2)
