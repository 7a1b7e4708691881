import sys
ModuleType = type(sys)
m = ModuleType("plugins", "plugin docs")
m.VALUE = 10
exec("def get():\n    return VALUE * 2\n", m.__dict__)
sys.modules["plugins"] = m
import plugins
print(plugins.get(), plugins.__name__, plugins.__doc__, repr(plugins))
plugins.VALUE = 50
print(plugins.get())
from plugins import get
m.get = lambda: "replaced"
print(get(), plugins.get())
import math
def fake_sqrt(x):
    return "fake"
saved = math.sqrt
math.sqrt = fake_sqrt
from math import sqrt
print(sqrt(4))
math.sqrt = saved
print(sqrt(4), math.sqrt(4))
del sys.modules["plugins"]
try:
    import plugins2
except ModuleNotFoundError as e:
    print(e, e.name)
print(type(math).__name__, isinstance(math, ModuleType))
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, e.name)
def __getattr__(name):
    return f"module getattr {name}"
import __main__
print(__main__.dynamic_attr)
print(sys.modules[__name__] is __main__)
