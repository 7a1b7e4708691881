# exec with a dict subclass as globals: LOAD_GLOBAL / LOAD_NAME go through its __getitem__ (and
# __missing__) every time, STORE_GLOBAL / STORE_NAME store without calling __setitem__ in
# functions (PyDict_SetItem) -- also after the function stored the name itself, and in hot loops.
from collections import Counter
calls = Counter()

class G(dict):
    def __getitem__(self, k):
        calls["get " + k] += 1
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        calls["set " + k] += 1
        super().__setitem__(k, v)

g = G()
exec("""
def f(n):
    global acc, last
    for i in range(n):
        acc = acc + i
        last = i
    return acc
acc = 0
for r in range(50):
    f(10)
top = acc
top = top + 1
""", g)
print(g["acc"], g["last"], g["top"])
print(sorted(calls.items()))

class M(dict):
    def __missing__(self, k):
        return "missing:" + k
m = M()
exec("def h():\n    global q\n    q = 1\n    return q, zz\nres = h()\nres = h()", m)
print(m["res"], m["q"])
try:
    exec("len('abc')", M())
except TypeError as e:
    print("TypeError:", e)
