# Names and attributes rebound while a hot loop runs (the VM's compiled loops read globals,
# builtins, module and instance attributes through the interpreter's inline caches): a global
# rebound by a function the loop calls, a builtin shadowed and unshadowed, a module-level loop
# over names, instance attributes added and deleted, a class attribute replaced, a method
# monkey-patched on the class, and a list and a dict changed by the loop that reads them.
import builtins
import sys

scale = 1


def bump():
    global scale
    scale += 1


def use_global(n):
    total = 0
    for i in range(n):
        total += scale
        if i % 10 == 9:
            bump()
    return total


print(use_global(50), scale)


def use_builtin(n):
    out = []
    for i in range(n):
        out.append(len("abc"))
        if i == 20:
            builtins.len = lambda s: 99
        if i == 30:
            builtins.len = real_len
    return out


real_len = len
try:
    print(use_builtin(40))
finally:
    builtins.len = real_len


def shadow(n):
    global len
    out = 0
    for i in range(n):
        out += len("ab")
        if i == 15:
            len = lambda s: 10
    del len
    return out


print(shadow(30))

acc = 0
for k in range(60):
    acc = acc + k
    if k == 40:
        acc = float(acc)
    if k == 50:
        del acc
        acc = "s"
        break
print(acc, k)


class P:
    kind = "p"

    def __init__(self, x):
        self.x = x


def attrs(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out


ps = [P(i) for i in range(30)]
ps[25].__dict__.clear()
ps[25].x = "again"
print(attrs(ps)[-6:])
del ps[26].x
try:
    attrs(ps)
except AttributeError as e:
    print("AttributeError", e)


class Q:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


print(attrs(ps[:20] + [Q(7), Q(8)] + ps[:3]))


def sets_attr(objs):
    for i, o in enumerate(objs):
        o.y = i
        o.x = o.x * 2 if isinstance(o.x, int) else o.x
    return [getattr(o, "y", None) for o in objs[:3]], objs[-1].x


print(sets_attr([P(i) for i in range(30)]))


def method_calls(objs):
    out = []
    for i, o in enumerate(objs):
        out.append(o.name())
        if i == 20:
            P.name = lambda self: "patched"
    return out[18:24]


P.name = lambda self: "orig"
print(method_calls([P(i) for i in range(30)]))


def str_methods(words):
    out = []
    for w in words:
        out.append(w.upper())
        out.append(w.startswith("a"))
    return out[-4:]


class S(str):
    def upper(self):
        return "custom"


print(str_methods(["ab", "cd"] * 15 + [S("ax")]))


def mutate(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if x == 5:
            lst.append(100)
        if len(seen) > 40:
            break
    return seen[-5:], len(lst)


print(mutate(list(range(30))))


def mutate_dict(d):
    n = 0
    try:
        for k in d:
            n += 1
            if n == 20:
                d["new"] = 1
    except RuntimeError as e:
        return n, str(e)
    return n


print(mutate_dict({i: i for i in range(30)}))


def module_attr(n):
    out = 0
    for i in range(n):
        out += sys.maxsize > 0
        if i == 10:
            sys.maxsize = -1
    return out


old = sys.maxsize
print(module_attr(20))
sys.maxsize = old


def builtin_calls(n):
    out = []
    for i in range(n):
        out.append((abs(-i), min(i, 5), str(i), int("7"), isinstance(i, int), divmod(i, 3)))
    return out[-2:]


print(builtin_calls(30))
