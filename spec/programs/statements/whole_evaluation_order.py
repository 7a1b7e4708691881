log = []
def t(tag, v=None):
    log.append(tag)
    return v if v is not None else tag
class Obj:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        log.append(f"get[{k}]")
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        log.append(f"set[{k}]={v}")
        self.d[k] = v
    def __getattr__(self, n):
        log.append(f"getattr {n}")
        return 10
    def __setattr__(self, n, v):
        log.append(f"setattr {n}={v}")
        object.__setattr__(self, n, v)
o = Obj()
log.clear()
t("target", o)[t("key", "k")] += t("value", 5)
print(log); log.clear()
t("obj", o).attr += t("inc", 1)
print(log); log.clear()
x = t("a", 1) + t("b", 2) * t("c", 3)
print(log); log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
t("f", print)(t("arg1"), t("arg2"), sep=t("sep", "|"))
print(log); log.clear()
a = b = t("chain", [])
print(a is b, log); log.clear()
t("lhs", o)[t("i", 1)], t("lhs2", o)[t("j", 2)] = t("r1", 7), t("r2", 8)
print(log); log.clear()
print(t("x", 1) < t("y", 2) < t("z", 0) < t("w", 9), log); log.clear()
print(t("p", 0) or t("q", 0) or t("r", 5), t("s", 1) and t("u", 0) and t("v", 3), log); log.clear()
r = t("cond", True) and t("then") if t("test", 1) else t("else")
print(r, log); log.clear()
def deco(name):
    log.append(f"deco factory {name}")
    def d(f):
        log.append(f"apply {name}")
        return f
    return d
@deco("outer")
@deco("inner")
def func(a=t("default")):
    pass
print(log); log.clear()
class K(t("base", object), metaclass=t("meta", type)):
    log.append("body")
    x = t("classattr")
print(log); log.clear()
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
lst2 = [1, 2, 3]
lst2[t("idx", 0)], lst2[t("idx2", 1)] = lst2[1], lst2[0]
print(lst2, log); log.clear()
first, *mid, last = t("seq", range(5))
print(first, mid, last)
*init, = "ab"
(p, q), r2 = "xy", 3
print(init, p, q, r2)
[m1, [m2, m3]] = [1, (2, 3)]
print(m1, m2, m3)
try:
    a1, b1 = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a1, b1, c1 = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a1, b1 = 5
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1], 2), {*"aa", 1} == {"a", 1})
def kw(**k): return k
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def f2(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f2(1, c=3), f2(1, 2, 3, 4, c=5, e=6), f2(*[1, 2], **{"c": 7}))
for bad in [lambda: f2(), lambda: f2(1), lambda: f2(1, c=1, a=2), lambda: f2(1, 2, c=3, b=4)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def posonly(a, /, b): return a, b
try:
    posonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
print(posonly(1, b=2))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]), defaults.__defaults__)
v = 10
def late(): return v
v = 20
print(late(), (lambda y=v: y)())
gen_v = [v for v in range(3)]
print(v, gen_v)
