import os, sys

base = os.path.join("/tmp", "conf7mods_%d" % os.getpid())
pkg = os.path.join(base, "shop")
os.makedirs(os.path.join(pkg, "sub"), exist_ok=True)

def write(rel, text):
    with open(os.path.join(base, rel), "w") as f:
        f.write(text)

write("alpha.py", '''
print("alpha start", __name__)
import beta
X = 1
def use_beta():
    return beta.Y + X
print("alpha end", hasattr(beta, "Y"))
''')
write("beta.py", '''
print("beta start")
import alpha
print("beta sees alpha.X?", hasattr(alpha, "X"))
Y = 10
def get_x():
    return alpha.X
''')
write("star_all.py", '''
__all__ = ["public", "_semi"]
public = 1
_semi = 2
other = 3
''')
write("star_noall.py", '''
import sys as _sys
a = 1
_b = 2
def f(): return "f"
''')
write("lazy.py", '''
import sys
def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["dyn_a", "real"]
real = 5
''')
write("config.py", '''
RATE = 2
def rate():
    return RATE
''')
write("consumer.py", '''
import config
from config import RATE
def compute(x):
    return x * config.RATE
def compute_frozen(x):
    return x * RATE
def via_func(x):
    return x * config.rate()
''')
write("shop/__init__.py", '''
print("shop init", __name__, __package__)
from .items import Item
from . import sub
VERSION = "1.0"
__all__ = ["Item", "VERSION"]
''')
write("shop/items.py", '''
class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"
''')
write("shop/sub/__init__.py", '''
from ..items import Item as _I
def make(n): return _I(n, 0)
''')
write("shop/sub/deep.py", '''
from .. import VERSION
from .. import items
def info(): return (VERSION, items.__name__, __name__, __package__)
''')
write("mainish.py", '''
def main():
    return "ran main"
if __name__ == "__main__":
    print("mainish as main")
else:
    print("mainish imported as", __name__)
''')
write("faker.py", '''
import sys
class Fake:
    value = 42
    def __getattr__(self, n):
        return "fake:" + n
sys.modules[__name__] = Fake()
''')
write("broken.py", '''
x = 1
raise ValueError("broken module")
''')

sys.path.insert(0, base)
try:
    import alpha
    print(alpha.use_beta(), alpha.beta.get_x())
    print(sorted(k for k in sys.modules if k in ("alpha", "beta")))

    ns = {}
    exec("from star_all import *", ns)
    print(sorted(k for k in ns if k != "__builtins__"))
    ns = {}
    exec("from star_noall import *", ns)
    print(sorted(k for k in ns if k != "__builtins__"))

    import lazy
    print(lazy.dyn_hello, lazy.real, dir(lazy))
    try:
        lazy.missing
    except AttributeError as e:
        print("AttributeError:", e)
    from lazy import dyn_xyz
    print(dyn_xyz)
    try:
        from lazy import nothing
    except ImportError as e:
        print("ImportError:", str(e).split(" (")[0])

    import config, consumer
    print(consumer.compute(3), consumer.compute_frozen(3), consumer.via_func(3))
    config.RATE = 5
    print(consumer.compute(3), consumer.compute_frozen(3), consumer.via_func(3))
    config.rate = lambda: 100
    print(consumer.via_func(3))

    import shop
    print(shop.Item("pen", 3), shop.VERSION, shop.sub.make("x"))
    from shop.sub import deep
    print(deep.info())
    import shop.sub.deep as d2
    print(d2 is deep, "shop.sub.deep" in sys.modules, shop.sub.deep is deep)
    ns = {}
    exec("from shop import *", ns)
    print(sorted(k for k in ns if k != "__builtins__"))

    import mainish
    print(mainish.main(), mainish.__name__)

    import faker
    print(type(faker).__name__, faker.value, faker.anything)

    for attempt in range(2):
        try:
            import broken
        except ValueError as e:
            print("attempt", attempt, "ValueError:", e, "broken" in sys.modules)
    try:
        import does_not_exist_xyz
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e, e.name)
    try:
        from shop import nope
    except ImportError as e:
        print("ImportError:", str(e).split(" (")[0], e.name)
    try:
        from shop.items import Nope
    except ImportError as e:
        print("ImportError:", str(e).split(" (")[0])
    m = type(sys)("virtual")
    m.val = 7
    sys.modules["virtual"] = m
    import virtual
    from virtual import val
    print(virtual.val, val, repr(m)[:18])
    sys.modules["blocked"] = None
    try:
        import blocked
    except ImportError as e:
        print("ImportError:", e)
    print(__name__, type(sys.modules[__name__]).__name__)
finally:
    sys.path.remove(base)
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
print(os.path.exists(base))
