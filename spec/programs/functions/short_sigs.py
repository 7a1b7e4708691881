def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 0}))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: pos_only(a=1, b=2, c=3),
    lambda: pos_only(1, 2, 3, 4),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: f(1, c=2, **{"c": 3}),
    lambda: len(),
    lambda: len([], []),
    lambda: dict(1, 2),
    lambda: int(x=1),
    lambda: sorted([1], lambda v: v),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: isinstance(1),
]
def kwonly(*, a):
    return a
tests.append(lambda: kwonly(1))
tests.append(lambda: kwonly(b=1))
def two(a, b): pass
tests.append(lambda: two(1, 2, b=3))
tests.append(lambda: two(1, x=3))
tests.append(lambda: two())
class K:
    def m(self, x): pass
tests.append(lambda: K().m())
tests.append(lambda: K().m(1, 2))
tests.append(lambda: K.m(1))
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
