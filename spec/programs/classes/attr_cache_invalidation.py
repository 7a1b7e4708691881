# Attribute lookups repeated at one site while the class, the instance or the module changes
# underneath: every change must be seen at once (the tree-walker caches lookups per node).
import sys


class P:
    kind = "class-value"

    def __init__(self, x):
        self.x = x

    def meth(self):
        return "method"


def read_kind(o):
    return o.kind


def read_x(o):
    return o.x


def call_meth(o):
    return o.meth()


def set_x(o, v):
    o.x = v


ps = [P(i) for i in range(5)]
print([read_kind(p) for p in ps], [read_x(p) for p in ps], [call_meth(p) for p in ps])

# The class attribute changes; an instance shadows it; the shadow goes away.
P.kind = "changed"
print(read_kind(ps[0]))
ps[1].kind = "instance"
print(read_kind(ps[0]), read_kind(ps[1]))
del ps[1].kind
print(read_kind(ps[1]))

# An instance attribute shadows the method; a class-level replacement of the method.
ps[2].meth = lambda: "instance-callable"
print(call_meth(ps[2]), call_meth(ps[3]))
P.meth = lambda self: "replaced"
print(call_meth(ps[3]), call_meth(ps[2]))

# A data descriptor added later wins over the instance dict.
print(read_x(ps[0]))
P.x = property(lambda self: "property", lambda self, v: print("setter", v))
print(read_x(ps[0]))
set_x(ps[0], 42)
del P.x
print(read_x(ps[0]))
set_x(ps[0], 43)
print(read_x(ps[0]))

# Instances with other attribute orders (other key layouts) at the same site.
q = P.__new__(P)
q.y = 1
q.x = "late"
print(read_x(q), [read_x(p) for p in ps])
del q.x
try:
    read_x(q)
except AttributeError as e:
    print("AttributeError", e)


# __class__ assignment changes the type under the cache.
class Q:
    kind = "Q"

    def meth(self):
        return "Q.meth"


ps[4].__class__ = Q
print(read_kind(ps[4]), call_meth(ps[4]), read_x(ps[4]))

# __getattr__ / __getattribute__ / __setattr__ added to the class after the site is warm.
for p in ps[:2]:
    read_x(p)
P.__getattribute__ = lambda self, name: "intercepted " + name
print(read_x(ps[0]), read_kind(ps[1]))
del P.__getattribute__
print(read_x(ps[1]))
P.__setattr__ = lambda self, name, v: print("setattr", name, v)
set_x(ps[1], 99)
print(read_x(ps[1]))
del P.__setattr__
set_x(ps[1], 100)
print(read_x(ps[1]))


class G:
    def __getattr__(self, name):
        return "fallback " + name


g = G()
print(read_x(g))
g.x = "real"
print(read_x(g))
del g.x
print(read_x(g))

# Class objects as receivers: class attributes, then a change to them.
def class_kind(c):
    return c.kind


print(class_kind(P), class_kind(Q))
Q.kind = "Q2"
print(class_kind(Q))


class Meta(type):
    kind = "meta"


class M(metaclass=Meta):
    pass


print(class_kind(M))
M.kind = "own"
print(class_kind(M))

# Module attributes: rebinding, deletion, a new attribute.
mod = type(sys)("m")
mod.v = 1


def modv(m):
    return m.v


print(modv(mod))
mod.v = 2
print(modv(mod))
mod.w = 3
print(modv(mod))
del mod.v
try:
    modv(mod)
except AttributeError as e:
    print("AttributeError", e)

# Builtin receivers at one site: methods of str and list, then a str subclass.
def upper(s):
    return s.upper()


class S(str):
    def upper(self):
        return "S.upper"


print(upper("ab"), upper("cd"), upper(S("x")), upper("ef"))

# __slots__ descriptors.
class Sl:
    __slots__ = ("a",)


s = Sl()
try:
    s.a
except AttributeError as e:
    print("AttributeError", e)
s.a = 5
print(s.a)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError", e)

# Augmented assignment on attributes through a property and a plain attribute.
class C:
    def __init__(self):
        self._v = 1
        self.n = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        print("set v", x)
        self._v = x


c = C()
for _ in range(3):
    c.v += 2
    c.n += 1
print(c.v, c.n)
