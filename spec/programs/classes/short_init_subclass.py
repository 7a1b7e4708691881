class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__.lower()] = cls
class Alpha(Plugin): pass
class Beta(Plugin, key="b"): pass
print(sorted(Plugin.registry))
print(Plugin.registry["b"] is Beta)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.upper()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("creating", cls.__name__, a)
        return super().__call__(*a)
class Thing(metaclass=Meta):
    def __init__(self, x):
        self.x = x
t = Thing(5)
print(t.x, Thing.tag, type(Thing).__name__)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
