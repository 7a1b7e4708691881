# Plugin registry built with metaclasses, __init_subclass__ and decorators
registry = {}

class RegistryMeta(type):
    instances = []
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        ns.setdefault("kind", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        mcls.instances.append(cls)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print(f"creating {cls.__name__}{a}")
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"prepare {name}")
        return {"prepared_by": mcls.__name__}

class Plugin(metaclass=RegistryMeta):
    plugins = []
    def __init_subclass__(cls, /, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.priority = priority
        Plugin.plugins.append(cls)
        print(f"init_subclass {cls.__name__} priority={priority}")
    def run(self, x):
        raise NotImplementedError

def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

@register("up")
class Upper(Plugin, priority=2):
    def run(self, x):
        return x.upper()

@register("rev")
class Reverse(Plugin, priority=5, ):
    kind = "reverser"
    def run(self, x):
        return x[::-1]

class Twice(Reverse, priority=1):
    def run(self, x):
        return super().run(x) * 2

print(registry)
print(Plugin.plugins)
print([c.kind for c in Plugin.plugins], Upper.prepared_by)
ordered = sorted(Plugin.plugins, key=lambda c: -c.priority)
print(ordered)
s = "abc"
for cls in ordered:
    p = cls()
    print(cls.__name__, p.run(s))
print(type(Upper), type(Upper).__mro__)
print(isinstance(Upper, RegistryMeta), RegistryMeta.instances)
try:
    Plugin().run(1)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))

# __set_name__ and class creation order
class Field:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

class Rec:
    a = Field()
    b = Field()
    def __init_subclass__(cls, **kw):
        print("Rec sub", cls.__name__, kw)

class Rec2(Rec, tag="x"):
    c = Field()
r = Rec2()
r.__dict__["a"] = 1
print(r.a, r.b, r.c, Rec2.a.name)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ with unknown kw
try:
    class D(Upper, colour="red"): pass
except TypeError as e:
    print("TypeError:", e)

# type() three-arg form and __qualname__
Dyn = type("Dyn", (Upper,), {"run": lambda self, x: "dyn:" + x})
print(Dyn().run("q"), Dyn.__qualname__, Dyn.priority)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)

# class decorators stacking order
def deco(tag):
    def d(cls):
        print("decorating", cls.__name__, "with", tag)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return d
@deco("a")
@deco("b")
class T: pass
print(T.tags)
# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])
# metaclass __getattr__ on class
class MG(type):
    def __getattr__(cls, name):
        return f"meta-{name}"
class G(metaclass=MG):
    x = 1
print(G.x, G.y)
print(G().__class__.__name__)
try:
    G().y
except AttributeError as e:
    print(e)
