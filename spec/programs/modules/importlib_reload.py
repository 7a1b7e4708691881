# importlib.reload: re-running a module's source in its namespace; module __getattr__/__dir__
import importlib, sys, math, types
import reload_pkg.solo as solo
print(solo.__doc__, solo.x, solo.dyn, dir(solo))
try:
    solo.missing
except AttributeError as e:
    print(e)
solo.x = 99
solo.extra = "kept"
r = importlib.reload(solo)
print(r is solo, solo.x, solo.extra)
try:
    importlib.reload(5)
except TypeError as e:
    print(e)
print(importlib.reload(math) is math, importlib.reload(sys) is sys)
m = types.ModuleType("ghost")
try:
    importlib.reload(m)
except ImportError as e:
    print(e, e.name)
del sys.modules["reload_pkg.solo"]
import reload_pkg.solo as s2
print(s2 is solo, s2.x)
