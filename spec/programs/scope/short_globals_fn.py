def set_global(name, value):
    globals()[name] = value
set_global("dynamic", 5)
print(dynamic)
g = globals()
g["another"] = [1]
print(another, "set_global" in g, g is globals())
def counter():
    globals().setdefault("calls", 0)
    globals()["calls"] += 1
for _ in range(3):
    counter()
print(calls)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
x = 1
def shadow_builtin():
    len = lambda v: "mine"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def use_later():
    return later_defined()
def later_defined():
    return "ok"
print(use_later())
print(sorted(k for k in globals() if not k.startswith("__")))
