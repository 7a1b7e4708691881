class Validator:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"deleting {self.public}")
        delattr(obj, self.private)

class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.public}: expected a number, got {type(value).__name__}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public}: {value!r} < {self.minvalue!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"{self.public}: {value!r} > {self.maxvalue!r}")

class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public}: {value!r} not in {sorted(self.options)}")

class Product:
    qty = Number(0, 100)
    price = Number(minvalue=0)
    kind = OneOf("tool", "food")
    def __init__(self, qty, price, kind):
        self.qty, self.price, self.kind = qty, price, kind
    def __repr__(self):
        return f"Product({self.qty}, {self.price}, {self.kind!r})"

p = Product(3, 2.5, "tool")
print(p, vars(p))
for attr, val in [("qty", 101), ("qty", -1), ("qty", "3"), ("price", True), ("kind", "car"), ("qty", 50)]:
    try:
        setattr(p, attr, val)
        print("set", attr, val, p)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del p.qty
try:
    p.qty
except AttributeError as e:
    print("AttributeError:", e)
print(type(Product.__dict__["qty"]).__name__, Product.qty.public, Product.kind.private)

# data vs non-data descriptor precedence
class NonData:
    def __get__(self, obj, t=None):
        return "nondata"
class Data:
    def __get__(self, obj, t=None):
        return "data"
    def __set__(self, obj, v):
        print("Data.__set__", v)
class C:
    nd = NonData()
    d = Data()
c = C()
c.__dict__["nd"] = "instance"
c.__dict__["d"] = "instance"
print(c.nd, c.d)
c.d = 5
print(C.nd, C.d)

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("del x")
    @property
    def ro(self):
        return 1
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"getattr({name})"
pp = P()
pp.x = 4
print(pp.x, P.x.__doc__, pp.broken, pp.nothing)
del pp.x
try:
    pp.ro = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del pp.ro
except AttributeError as e:
    print("AttributeError:", e)

class Traced:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
t = Traced()
t.a = 1
t.a
t.method()
del t.a
print(t.log)
try:
    t.zzz
except AttributeError as e:
    print("AttributeError:", e)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), type(Slotted.a).__name__)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)

class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val
class Circle:
    def __init__(self, r):
        self.r = r
    @Cached
    def area(self):
        "area doc"
        print("computing area")
        return 3 * self.r ** 2
cc = Circle(2)
print(cc.area, cc.area, Circle.area.__doc__, "area" in vars(cc))

class ClassProp:
    @classmethod
    def make(cls, *a):
        return cls.__name__, a
    @staticmethod
    def util(x):
        return x * 2
print(ClassProp.make(1), ClassProp().make(), ClassProp.util(3), ClassProp().util(4))
print(type(ClassProp.__dict__["make"]).__name__, ClassProp.__dict__["util"].__func__(5))
bm = ClassProp().make
print(bm.__self__ is ClassProp, bm.__func__.__name__)
