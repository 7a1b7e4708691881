x = "g"
class C:
    print(x)
    x = "l"
    print(x)
    def m(self):
        return x
    y = [x for _ in range(1)]
    z = [w for w in (x, x)]
print(C().m(), C.y, C.z)
def f():
    x = "f"
    class D:
        print(x)
        x = "d"
        print(x)
    class E:
        print(x)
    return D
f()
def g():
    a = 1
    def h():
        return locals()
    print(sorted(locals()), h())
    b = 2
    exec("a = 99")
    print(a)
    loc = locals()
    loc["a"] = 100
    print(a)
g()
print(globals() is locals())
globals()["newg"] = 5
print(newg)
def uses_later():
    return later_defined
later_defined = "late"
print(uses_later())
len = lambda x: "shadow"
print(len([1]))
del len
print(len([1]))
def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q = 1
unbound()
def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
free_unbound()
try:
    e = 1
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
n = 0
def inc():
    global n
    n += 1
inc(); inc()
print(n)
def walrus():
    data = [1, 2, 3]
    print([y := v * 2 for v in data], y)
walrus()
print([(lambda: i)() for i in range(2)])
i = "outer"
print([i for i in range(2)], i)
def nested_nonlocal():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x += 10
        b()
    a()
    return x
print(nested_nonlocal())
exec("ex_var = 7")
print(ex_var)
ns = {}
exec("z = 1\ndef fz(): return z", ns)
print(ns["fz"](), sorted(k for k in ns if k != "__builtins__"))
print(eval("x + 'e'"), eval("a * 2", {"a": 4}), eval("b", {}, {"b": 3}))
def cls_in_fn():
    val = 1
    class K:
        val = 2
        def get(self):
            return val
    return K().get()
print(cls_in_fn())
class Outer:
    a = 1
    class Inner:
        try:
            b = a
        except NameError as e:
            b = str(e)
print(Outer.Inner.b)
def del_local():
    t = 1
    del t
    try:
        t
    except UnboundLocalError as e:
        print(e)
del_local()
import sys
mod = sys.modules[__name__]
mod.attr_set = 42
print(attr_set)
setattr(mod, "attr_set", 43)
print(attr_set, __name__, type(__builtins__).__name__ if False else "")
def gl():
    global undefined_later
    undefined_later = "defined"
gl()
print(undefined_later)
for loopvar in range(3):
    pass
print(loopvar)
comp = [cx for cx in range(3)]
try:
    cx
except NameError as e:
    print(e)
