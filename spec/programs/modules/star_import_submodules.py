# `from package import *` imports the submodules the package's __all__ names; a name in
# __all__ that does not exist is an AttributeError; types.ModuleType construction.
from star_all_pkg import *
print(val, sub.S, sub.__name__)
try:
    from star_all_pkg.bad_all import *
except AttributeError as e:
    print("AttributeError", e)
import star_all_pkg.sub as ps
print(ps is sub)
import sys
import types
m = types.ModuleType("dynmod")
m.x = 5
sys.modules["dynmod"] = m
import dynmod
from dynmod import x as y
print(dynmod.x, y, repr(m))
mod = types.ModuleType("other", "doc here")
print(mod.__name__, mod.__doc__, mod.__package__, mod.__spec__)
for args, kw in [((), {}), (("x",), {"doc": "d"}), ((1,), {}), (("a", "b", "c"), {}), ((), {"name": "n"})]:
    try:
        made = types.ModuleType(*args, **kw)
        print(made, made.__doc__)
    except TypeError as e:
        print("TypeError", e)
