def f():
    x = 1
    exec("x = 2; y = 3")
    print(x, locals().get("y"), "y" in locals())
f()
def g():
    ns = {}
    exec("z = 10", globals(), ns)
    return ns["z"]
print(g())
src = """
def helper(n):
    return n * factor
result = helper(4)
"""
env = {"factor": 3}
exec(src, env)
print(env["result"], env["helper"](5))
env["factor"] = 10
print(env["helper"](5))
loc = {}
exec("def k(): return outer_v", {"outer_v": "from globals"}, loc)
print(loc["k"]())
code = compile("a + b", "<calc>", "eval")
print([eval(code, {"a": i, "b": 2 * i}) for i in range(3)])
print(code.co_filename, code.co_name, sorted(code.co_names))
try:
    exec(compile("1/0", "<zz>", "exec"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
print(eval("[i * j for i in range(3) for j in range(2)]", {}))
g_ns = {"__builtins__": __builtins__}
exec("import math\nr = math.floor(2.5)", g_ns)
print(g_ns["r"], "math" in g_ns)
class NS(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) if k in self else f"<{k}>"
print(eval("a + b", {}, NS(a="A")))
exec("print(unknown_name)", {}, NS())
print(eval("(lambda: q)()", {"q": "global q"}, {"q": "local q"}))
