import os, sys
base = "/tmp/conf7scope_%d" % os.getpid()
os.makedirs(base, exist_ok=True)
def write(name, text):
    with open(os.path.join(base, name), "w") as f:
        f.write(text)
write("util.py", """
counter = 0
def helper():
    return "original helper"
def call_helper():
    return helper()
def bump():
    global counter
    counter += 1
    return counter
def get_counter():
    return counter
def uses_len(x):
    return len(x)
""")
write("client.py", """
import util
from util import helper, counter, bump
def via_module():
    return util.helper()
def via_name():
    return helper()
def counters():
    return counter, util.counter
""")
sys.path.insert(0, base)
try:
    import util, client
    print(client.via_module(), client.via_name(), util.call_helper())
    util.helper = lambda: "patched helper"
    print(client.via_module(), client.via_name(), util.call_helper())
    client.bump(); util.bump()
    print(client.counters(), util.get_counter(), client.bump is util.bump)
    util.counter = 100
    print(util.get_counter(), client.counters())
    util.len = lambda x: -1
    print(util.uses_len("abc"), len("abc"))
    del util.len
    print(util.uses_len("abc"))
    util.__dict__["injected"] = 5
    print(util.injected, "injected" in dir(util))
    print(sorted(k for k in vars(client) if not k.startswith("__")))
    print(util.bump.__globals__ is vars(util), client.via_module.__globals__["util"] is util)
    exec("counter = -1", util.__dict__)
    print(util.get_counter())
    fn = type(util.bump)(util.get_counter.__code__, {"counter": "other globals"})
    print(fn())
finally:
    sys.path.remove(base)
    for n in os.listdir(base):
        p = os.path.join(base, n)
        if os.path.isdir(p):
            for m in os.listdir(p):
                os.remove(os.path.join(p, m))
            os.rmdir(p)
        else:
            os.remove(p)
    os.rmdir(base)

# exec / eval namespaces
g = {"__builtins__": {"len": len, "print": print}}
exec("x = len('abcd')\nprint('inside exec', x)", g)
print(g["x"], sorted(g))
try:
    exec("y = abs(-1)", g)
except NameError as e:
    print("NameError:", e)
l = {}
exec("def f(): return z\nz = 3", {}, l)
try:
    l["f"]()
except NameError as e:
    print("NameError:", e)
gl = {}
exec("z = 3\ndef f(): return z", gl)
print(gl["f"]())
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1}, {"b": 2}), code.co_names, code.co_filename)
ns = {"val": 10}
exec("class C:\n    val = val * 2\n    items = [val for _ in range(2)]\n", ns)
print(ns["C"].val, ns["C"].items)
def f_locals():
    a = 1
    exec("a = 2; b = 3")
    loc = locals()
    return a, loc.get("b")
print(f_locals())
def eval_free():
    x = 10
    def inner():
        return eval("x")
    try:
        return inner()
    except NameError as e:
        return f"NameError: {e}"
print(eval_free())
def eval_with_ref():
    x = 10
    def inner():
        x
        return eval("x")
    return inner()
print(eval_with_ref())
print(eval("__name__"), eval("__name__", {}), eval("__name__", {"__name__": "custom"}))
print(eval("[i*j for i in range(3) for j in range(2)]", {}))
res = {}
exec("import math as m\nr = m.floor(2.5)", res)
print(res["r"], "m" in res, "__builtins__" in res)
class Scoped:
    a = 1
    b = eval("a + 1")
    c = [eval("a", {"a": 5}) for _ in range(1)]
    exec("d = a + 10")
print(Scoped.b, Scoped.c, Scoped.d)
def globals_mod():
    globals()["created_by_globals"] = "yes"
globals_mod()
print(created_by_globals)
def locals_write():
    x = 1
    locals()["x"] = 2
    return x
print(locals_write())
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases):
        class NS(dict):
            def __getitem__(self, k):
                if k == "magic":
                    return 42
                return super().__getitem__(k)
        return NS()
class UsesMagic(metaclass=Meta):
    val = magic + 1
print(UsesMagic.val)
try:
    exec("print(undefined_q)", {"__builtins__": {"print": print}})
except NameError as e:
    print("NameError:", e)
try:
    eval("1", None, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec(5)
except TypeError as e:
    print("TypeError:", e)
