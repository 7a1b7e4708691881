# __getattr__ as the fallback of object's own __getattribute__: plain misses, properties and
# slots that raise AttributeError, errors raised by __getattr__ itself, and getattr/hasattr.


class Base:
    __slots__ = ('a', 'b', '__dict__')

    def __init__(self):
        self.a = 1

    @property
    def broken(self):
        raise AttributeError("broken inside")

    @property
    def fine(self):
        return "fine"

    def __getattr__(self, name):
        if name.startswith("no_"):
            raise AttributeError(f"refused {name}")
        return f"<{name}>"


o = Base()
o.c = 3
print(o.a, o.c, o.fine, o.missing, o.broken, o.b)
print(getattr(o, "x"), getattr(o, "no_x", "dflt"), hasattr(o, "no_y"), hasattr(o, "z"))
try:
    o.no_such
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is o)
print(o.__class__.__name__, type(o.__dict__).__name__)
total = 0
names = ["a", "c", "zz", "yyy", "fine"]
for i in range(3000):
    v = getattr(o, names[i % 5])
    total += v if isinstance(v, int) else len(v)
print(total)


class Custom:
    def __getattribute__(self, name):
        if name == "special":
            return "from getattribute"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


c = Custom()
print(c.special, c.other)


class Counting:
    calls = 0

    def __getattr__(self, name):
        type(self).calls += 1
        if name == "boom":
            raise KeyError(name)
        return len(name)


k = Counting()
k.x = 10
print(k.x, k.abc, Counting.calls)
try:
    k.boom
except KeyError as e:
    print("KeyError", e, Counting.calls)
del Counting.__getattr__
try:
    k.abc
except AttributeError as e:
    print(e)
Counting.__getattr__ = lambda self, name: name.upper()
print(k.abc)
