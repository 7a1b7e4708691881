# eval/exec/compile: sources as str, bytes and code objects, namespaces, locals(), builtins
# restrictions and errors.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
g = {"x": 1}
exec("y = x + 1", g); print(g["y"], "__builtins__" in g)
l = {}
exec("z = 5", None, l) if False else exec("z = 5", {}, l); print(l)
t(lambda: eval("x * 2", {"x": 21}))
t(lambda: eval("x", {}, {"x": 3}))
t(lambda: eval("1 +"))
t(lambda: eval(""))
t(lambda: eval("  5  "))
t(lambda: eval("\n5"))
t(lambda: exec("raise ValueError('in exec')"))
t(lambda: eval("__import__('math').pi > 3"))
t(lambda: eval(compile("3 + 4", "<s>", "eval")))
code = compile("a = 1\nb = a + 1", "<m>", "exec")
ns = {}; exec(code, ns); print(ns["b"], type(code).__name__, code.co_filename)
t(lambda: compile("x", "<s>", "bad"))
t(lambda: exec("def f(): return 42\nr = f()", ns) or ns["r"])
def loc():
    a = 1
    d = locals()
    d["b"] = 2
    return sorted(d)
print(loc())
def loc2():
    x = 1
    exec("x = 2")
    return x
print(loc2())
def loc3():
    exec("newvar = 3")
    return locals().get("newvar")
print(loc3())
class K:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    b = a + 1
print(K.b)
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
x = 10
def gl():
    return globals()["x"]
print(gl())
t(lambda: eval("lambda: 1")())
t(lambda: eval("[i for i in range(3)]"))
t(lambda: exec("for i in range(2): print(i)"))
t(lambda: eval("yield 1"))
t(lambda: exec("return 1"))
t(lambda: eval("a", {"__builtins__": {}}, {}))
t(lambda: eval("len", {"__builtins__": {}}))
t(lambda: eval("len('ab')", {"__builtins__": {"len": len}}))
d = {}
exec("import math", d); print("math" in d)
exec("global gv\ngv = 7", d); print(d["gv"])
t(lambda: exec(5))
t(lambda: eval(b"1+1"))
t(lambda: exec("x = 1", []))
