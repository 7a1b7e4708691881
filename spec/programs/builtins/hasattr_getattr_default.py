# hasattr() and getattr() with a default: a plain miss returns False / the default without
# raising, while errors other than AttributeError (and AttributeErrors from descriptors,
# __getattr__ and __getattribute__) behave as in CPython.
import sys


class Plain:
    cls_attr = 1

    def method(self):
        return 2


p = Plain()
p.x = 10
print(hasattr(p, "x"), hasattr(p, "y"), hasattr(p, "cls_attr"), hasattr(p, "method"))
print(getattr(p, "x", 0), getattr(p, "y", "dflt"), getattr(p, "method", None)())
print(hasattr(p, "__dict__"), getattr(p, "__dict__", None))
print(hasattr(Plain, "cls_attr"), hasattr(Plain, "x"), getattr(Plain, "nope", 5))
print(hasattr(Plain, "__dict__"), hasattr(Plain, "__mro__"), hasattr(Plain, "mro"))


class Props:
    @property
    def ok(self):
        return "ok"

    @property
    def missing(self):
        raise AttributeError("inner")

    @property
    def broken(self):
        raise ValueError("boom")


q = Props()
print(hasattr(q, "ok"), hasattr(q, "missing"), getattr(q, "missing", "d"))
try:
    hasattr(q, "broken")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(q, "broken", 1)
except ValueError as e:
    print("ValueError", e)


class Fallback:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


f = Fallback()
print(hasattr(f, "dyn_abc"), getattr(f, "dyn_x", None), hasattr(f, "other"), getattr(f, "other", 7))


class Custom:
    def __getattribute__(self, name):
        if name == "secret":
            raise KeyError(name)
        if name == "gone":
            raise AttributeError(name)
        return object.__getattribute__(self, name)


c = Custom()
print(hasattr(c, "gone"), getattr(c, "gone", "g"), hasattr(c, "__class__"))
try:
    hasattr(c, "secret")
except KeyError as e:
    print("KeyError", e)


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = 1
print(hasattr(s, "a"), hasattr(s, "b"), getattr(s, "b", "unset"), hasattr(s, "__dict__"))


class Meta(type):
    meta_attr = "m"

    @property
    def meta_prop(cls):
        raise AttributeError("no")


class WithMeta(metaclass=Meta):
    pass


print(hasattr(WithMeta, "meta_attr"), hasattr(WithMeta, "meta_prop"), getattr(WithMeta, "zz", 0))
print(hasattr(WithMeta(), "meta_attr"))

print(hasattr(1, "real"), hasattr(1, "nope"), getattr("s", "upper", None)(), getattr(None, "x", "none"))
print(hasattr([], "append"), hasattr({}, "nope"), getattr(len, "__name__", None), hasattr(len, "zz"))
print(hasattr(sys, "version_info"), hasattr(sys, "nope"), getattr(sys, "nope", 3))

mod = type(sys)("mymod")
mod.__getattr__ = lambda name: name * 2 if name == "ab" else (_ for _ in ()).throw(AttributeError(name))
print(hasattr(mod, "ab"), getattr(mod, "ab", None), hasattr(mod, "cd"), getattr(mod, "cd", "dd"))

try:
    hasattr(p, 3)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(p, None, 1)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(p, "y")
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is p)
