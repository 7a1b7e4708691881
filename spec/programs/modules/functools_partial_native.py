# functools.partial (native, as CPython's): argument merging, flattening of nested partials,
# attributes, repr, subclasses, __reduce__/__setstate__ and errors.
import functools
from functools import partial

def show(*args, **kw):
    return f"args={args} kw={kw}"

p = partial(show, 1, 2, a=1, b=2)
print(p(), p(3), p(3, b=20, c=30), p(b=0, a=-1))
print(p.func is show, p.args, p.keywords, type(p.args).__name__, type(p.keywords).__name__)
print(repr(partial(max, 3)), repr(partial(max, "x", key=[1])), repr(partial(min)))

# nested partials are flattened unless the inner one has attributes
q = partial(p, 9, b=99)
print(q.func is show, q.args, q.keywords, q())
p2 = partial(show, 1)
p2.note = "n"
r = partial(p2, 2)
print(r.func is p2, r.args, r())

# the keywords dict is the partial's own and live
p.keywords["z"] = 0
print(p())
try:
    bad = partial(show)
    bad.keywords[1] = 2
    bad()
except TypeError as e:
    print("TypeError:", e)

# attributes
for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print("AttributeError:", e)
p.extra = 5
print(p.extra, p.__dict__, type(p).__name__, type(p).__module__)

# errors
for make in (lambda: partial(), lambda: partial(5), lambda: partial(func=show), lambda: partial(show)(**{"x": 1})):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)

# subclasses
class P(partial):
    pass
class Q(partial):
    def __call__(self, *a, **k):
        return "Q called " + super().__call__(*a, **k)
print(repr(P(max, 1)), P(show, 1)(2), isinstance(P(show), partial))
qq = Q(show, 1)
print(qq(2), partial(qq, 3).func is qq, partial(qq, 3)())
pp = P(P(show, 1), 2)
print(pp.func is show, pp.args, type(pp).__name__)

# __reduce__ and __setstate__
red = partial(show, 1, k=2).__reduce__()
print(red[0] is partial, red[1][0] is show, red[2][1:])
s = partial(len)
s.__setstate__((show, (7,), {"w": 1}, None))
print(s(), s.args, s.keywords)
s.__setstate__((show, (), None, {"attr": 3}))
print(s(), s.keywords, s.attr)
for state in [(1, 2, 3, 4), (show, [], None, None), (show, (), [], None), "x"]:
    try:
        s.__setstate__(state)
    except TypeError as e:
        print("TypeError:", e)

# partial in common uses
print(list(map(partial(pow, 2), range(6))), sorted(["bb", "a", "ccc"], key=partial(len)))
import copy
c = copy.copy(partial(show, 1, a=2))
print(c(), c.args, type(c).__name__)
print(partial[int])

# partial of a method and of a class; not a descriptor
class C:
    def m(self, x, y=0):
        return (x, y)
    pm = partial(show, "class-level")
obj = C()
print(partial(obj.m, 1)(y=2), partial(C.m, obj)(5), obj.pm(), partial(dict, a=1)(b=2))
print(partial(partial(partial(show, 1), 2), 3)(), functools.reduce(partial(lambda k, a, b: k * (a + b), 2), [1, 2, 3]))
