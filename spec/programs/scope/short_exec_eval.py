ns = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(ns['a'], ns['b'], ns['f']())
print(sorted(k for k in ns if k != '__builtins__'), '__builtins__' in ns)
print(eval("a * 10 + b", ns))
print(eval("x + y", {"x": 1}, {"y": 2}))
g = {"val": 5}
l = {}
exec("val2 = val * 2", g, l)
print(l, "val2" in g)
code = compile("q = 3\nq * q", "<str>", "exec")
d = {}
print(exec(code, d), d['q'])
e = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(e))
try:
    eval("import os")
except SyntaxError as ex:
    print(type(ex).__name__, ex.msg)
try:
    eval("undefined_zz", {})
except NameError as ex:
    print(ex)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print(1)", {"__builtins__": {}})
except NameError as ex:
    print(ex)
class Loc(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("foo + bar", {}, Loc()))
exec("def h(): return 'h'", ns)
print(ns['h'].__name__, ns['h'].__module__ if '__name__' in ns else ns['h'].__globals__ is ns)
