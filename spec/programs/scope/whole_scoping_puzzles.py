x = "global x"
def show(*a): print(*a)

class A:
    x = "class x"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self):
        return x
    w = x
    try:
        v = [xx for xx in range(2) if x]
    except NameError as e:
        v = str(e)
show(A.y, A.z, A().m(), A.w, A.v)

def outer():
    x = "outer x"
    class B:
        y = x
        x = "B x"
        z = x
        def m(self):
            return x
    return B
B = outer()
show(B.y, B.z, B().m())

def outer2():
    x = "outer2 x"
    class C:
        nonlocal x
        x = "set by C"
    return x
show(outer2())

def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
f()
def g():
    try:
        print(undefined_name)
    except NameError as e:
        print(type(e).__name__ + ":", e)
g()
def h():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 2
    return inner()
show(h())

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
show(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)

fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
show([f() for f in fs], [g() for g in gs])
def mk():
    out = []
    for i in range(3):
        def f(): return i
        out.append(f)
    i = 10
    return out
show([f() for f in mk()])

total = 0
def add(n):
    global total
    total += n
    def nested():
        global total
        total *= 2
    nested()
add(3); add(1)
show(total)

def gl():
    global newglobal
    newglobal = "created"
gl()
show(newglobal, "newglobal" in globals())

ns = {"a": 1}
exec("b = a + 1\ndef fn(): return a + b\nc = fn()", ns)
show(sorted(k for k in ns if k != "__builtins__"), ns["c"])
g2 = {"k": 10}; l2 = {"k": 20}
exec("r = k\nk = 30", g2, l2)
show(g2.get("r"), l2, g2["k"])
exec("def q(): return k\nres = q()", g2, l2)
show(l2["res"])
show(eval("k * 2", g2), eval("k * 2", g2, l2), eval("[k for _ in range(2)]", g2, l2))
show(eval("x"), eval("x", {"x": "custom"}))
code = compile("y = 5\nprint('compiled', y)", "<mine>", "exec")
exec(code, {})
show(eval(compile("1 + 2", "<e>", "eval")))
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    show("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    eval("1 +* 2")
except SyntaxError as e:
    show("SyntaxError:", e.msg)

def loc():
    a = 1
    b = 2
    l = locals()
    l["a"] = 100
    exec("a = 50; c = 3")
    return a, sorted(locals())
show(loc())

def vars_demo():
    class K:
        p = 1
        q = locals().copy()
    return sorted(k for k in K.q)
show(vars_demo())

# comprehension scoping
n = 5
show([n * i for i in range(3)], {i: n for i in range(2)}, list(n + j for j in range(2)))
show([[i * j for j in range(i)] for i in range(4)])
show([y for x in [[1, 2], [3]] for y in x])
try:
    [undefined2 for _ in range(1)]
except NameError as e:
    show(e)
def walrus():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        return big
show(walrus())
show([last := k for k in range(3)], last)

# del and rebinding
def deleter():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
show(deleter())
import builtins
def shadow():
    len = lambda s: -1
    return len("abc"), builtins.len("abc")
show(shadow())
builtins.custom_builtin = "from builtins"
show(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    show(e)
show(globals() is vars(), __builtins__ is builtins or __builtins__ is builtins.__dict__)
