# Calls with keyword arguments of functions that take **kwargs (and *args), in loops that run
# often enough for compiled code: keywords that name parameters or go into the dict (in call
# order), positional-only names as dict keys, defaults and keyword-only defaults, *args
# overflow, bound methods, and every binding error with CPython's message.
def kw_only(**kw):
    return kw


def mixed(a, b=2, *, c=3, **kw):
    return a, b, c, kw


def star(a, *args, d=4, **kw):
    return a, args, d, kw


def posonly(a, b=7, /, **kw):
    return a, b, kw


def everything(*args, **kw):
    return args, kw


class C:
    def m(self, x, **kw):
        return x, sorted(kw.items())

    @classmethod
    def cm(cls, **kw):
        return cls.__name__, kw


obj = C()
acc = []
for i in range(300):
    r = (kw_only(x=i, y=2), mixed(i, c=5, z=6), mixed(1, 2, e=i, c=0), star(i, 1, 2, q=3),
         star(i, d=0), posonly(i, a=1, b=2), posonly(1, 2, c=i), everything(i, k=i),
         everything(), obj.m(i, t=1, u=2), obj.m(x=i), C.cm(w=i), mixed(b=i, a=1))
    if i % 100 == 0:
        acc.append(r)
for r in acc:
    print(r)
d = kw_only(b=1, a=2)
d["c"] = 3
print(d, list(d), kw_only(**{"a": 1}), kw_only(**{"x": 1}, y=2), mixed(**{"a": 1, "zz": 9}))
k1 = kw_only(p=1, q=2)
k2 = kw_only(p=3, q=4)
k2["r"] = 5
del k1["p"]
print(k1, k2, kw_only(p=0, q=0))
calls = [
    lambda: mixed(1, a=2),
    lambda: mixed(c=1),
    lambda: mixed(1, 2, 3),
    lambda: star(d=1),
    lambda: star(1, a=1),
    lambda: posonly(b=1),
    lambda: obj.m(1, x=2),
    lambda: obj.m(y=2),
    lambda: C.cm(1),
    lambda: kw_only(1),
]
for i in range(3):
    for c in calls:
        try:
            c()
        except TypeError as e:
            if i == 2:
                print(type(e).__name__, e)
