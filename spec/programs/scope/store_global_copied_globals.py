# Compiled global stores while copies of the globals dict exist (dict.copy shares the key layout
# copy-on-write): the copies keep their values; exec namespaces too.
a = 1; b = 2; c = 3; d = 4; e = 5
def bump(n):
    global a, e
    for i in range(n):
        a = a + 1
        e = i
snap = globals().copy()
for r in range(40):
    bump(10)
snap2 = dict(globals())
for r in range(40):
    bump(10)
print(a, e, snap["a"], snap["e"], snap2["a"], snap2["e"])
ns = {"a": 0, "e": 0, "x1": 1, "x2": 2, "x3": 3}
exec("def f(n):\n    global a, e\n    for i in range(n):\n        a += 1\n        e = i\n", ns)
cp = ns.copy()
for r in range(40):
    ns["f"](5)
print(ns["a"], cp["a"], cp["e"])
