# str % x where the format is one %s / %r / %a directive and x is an instance of a class:
# padding, truncation and escaping apply whatever __str__ / __repr__ returned, a mapping's
# __getitem__ runs once per key, and only an unchanged str subclass result passes through.
class S(str):
    pass

class Plain:
    def __str__(self): return "plain"
    def __repr__(self): return "rép"

class Sub:
    def __str__(self): return S("sub")
    def __repr__(self): return S("sübr")

for fmt in ["%s", "%8s", "%-8s|", "%.2s", "%r", "%6r", "%a", "%8a", "%.3a"]:
    for obj in [Plain(), Sub()]:
        v = fmt % obj
        print(repr(fmt), type(obj).__name__, type(v).__name__, repr(v))

class Mapping:
    def __init__(self): self.calls = 0
    def __getitem__(self, key):
        self.calls += 1
        return Sub() if key == "s" else Plain()
    def keys(self): return ["s", "p"]

m = Mapping()
for fmt in ["%(s)s", "%(p)s", "%(s)5s", "%(p)r"]:
    v = fmt % m
    print(repr(fmt), type(v).__name__, repr(v), m.calls)
d = {"s": Sub(), "p": Plain()}
for fmt in ["%(s)s", "%(p)s", "%(s)-5s|"]:
    v = fmt % d
    print(repr(fmt), type(v).__name__, repr(v))
try:
    "%(missing)s" % d
except KeyError as e:
    print("KeyError", e)
try:
    "%(s)s" % Sub()
except TypeError as e:
    print("TypeError", e)
