# __slots__ values: stored per instance, read and written at one site many times (the VM's
# LOAD_ATTR_SLOT / STORE_ATTR_SLOT), unset slots, deletion, inheritance of slot layouts,
# a slotted subclass of a builtin, slots next to a __dict__, and object.__getstate__.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x = self.x + dx
        return self.x


class P3(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def total(points):
    t = 0
    for p in points:
        t += p.x * 10 + p.y
    return t


pts = [P(i, i + 1) for i in range(5)] + [P3(i, i, i) for i in range(3)]
print(total(pts), [p.move(2) for p in pts])
print([p.z for p in pts if isinstance(p, P3)])

# Unset and deleted slots, read at a site that has been specialised.
q = P(1, 2)
for k in range(4):
    try:
        print(k, q.x, q.y)
    except AttributeError as e:
        print(k, "AttributeError:", e)
    if k == 1:
        del q.y
    if k == 2:
        q.y = "back"
try:
    del q.y
    del q.y
except AttributeError as e:
    print("AttributeError:", e)
e = P.__new__(P)
for _ in range(3):
    try:
        e.x
    except AttributeError as err:
        print("AttributeError:", err)
print(hasattr(e, "y"), getattr(e, "y", "default"))

# No __dict__: unknown names fail; the descriptors live on the class.
try:
    q.w = 1
except AttributeError as err:
    print("AttributeError:", err)
print(type(P.__dict__["x"]).__name__, P.x.__name__, P3.z.__objclass__.__name__)
print(P.x.__get__(q), P3.z.__get__(P3(1, 2, 3)))
P.y.__set__(q, 99)
print(q.y)


# A slotted subclass of list, and slots next to an instance dict.
class L(list):
    __slots__ = ("tag",)


l = L([3, 1, 2])
l.tag = "t"
l.sort()
print(l, l.tag, len(l))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)


class Plain:
    pass


class Mixed(Plain):
    __slots__ = ("s",)


m = Mixed()
m.s = 5
m.other = 6
print(m.s, m.other, sorted(m.__dict__))

# object.__getstate__ with slots: (dict or None, set slots by class along the MRO).
print(P3(1, 2, 3).__getstate__())
r = P3(1, 2, 3)
del r.y
print(r.__getstate__())
print(P.__new__(P).__getstate__())
print(m.__getstate__(), w.__getstate__())

# The same site sees two slotted classes and a class whose attribute is a property.
class Prop:
    @property
    def x(self):
        return "prop"

    y = 0


for o in [P(1, 2), P3(3, 4, 5), Prop(), P(6, 7)]:
    print(o.x, o.y)

# Replacing the class attribute that was the slot descriptor.
class S:
    __slots__ = ("v",)


s = S()
s.v = 1
vals = []
for k in range(4):
    vals.append(s.v)
    if k == 1:
        S.v = "class attribute now"
print(vals)
try:
    s.v = 5
except AttributeError as err:
    print("AttributeError:", err)
