# obj.name(...) where name is a descriptor whose __get__ itself makes method calls
# (the tree-walker passed a receiver left over from those inner calls)
import functools
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)
        return len(self.lines)
LOG = Logger()
class Tracing:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, cls=None):
        LOG.log(f"get {self.func.__name__}")
        parts = "a.b".split(".")
        def bound(*args):
            return self.func(obj, *args)
        bound.__dict__.update({"parts": parts})
        return bound
class C:
    @Tracing
    def double(self, x):
        return x * 2
    @functools.singledispatchmethod
    def kind(self, x):
        return "object"
    @kind.register
    def _(self, x: int):
        return "int"
    @kind.register(str)
    def _(self, x):
        return "str"
c = C()
for i in range(4):
    print(c.double(i), c.kind(i), c.kind(str(i)), c.kind(i / 2))
h = c.kind
print(h(1), h("s"), C.kind.__name__, LOG.lines[:3], len(LOG.lines))
class D(C):
    pass
d = D()
print(d.double(5), d.kind(5), [o.kind(o) for o in (c, d)])
