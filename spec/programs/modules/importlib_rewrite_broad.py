# Differential probe of lib/importlib/__init__.py (rewrite): import_module (relative names,
# errors, modules replacing themselves), reload (fresh search, packages, errors), caches.
import importlib, sys, types, os
print(importlib.__all__)
print(importlib.__import__ is __import__, importlib.__import__("json").__name__, importlib.__import__("json.decoder", fromlist=["x"]).__name__)
for a in [5, int, types.ModuleType("ghost"), None]:
    try:
        importlib.reload(a)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
for args in [("",), (".x",), ("..x", "a"), (".x", ""), ("x", 5), (".x", 5), ("nosuch_q",), ("os.nosuch",), ("json.nosuch",), ("math.x",), (".", "json"), ("..", "json.decoder"), (".decoder", "json"), ("...", "json.decoder"), (".json", None), (5,), ("json", "whatever"), ("json.decoder",), ("importlib.util",)]:
    try:
        m = importlib.import_module(*args)
        print(args, m.__name__)
    except Exception as e:
        print(args, type(e).__name__, e)
print(importlib.invalidate_caches())
class Finder:
    calls = 0
    def find_spec(self, *a): return None
    def invalidate_caches(self): Finder.calls += 1
sys.meta_path.append(Finder())
importlib.invalidate_caches(); importlib.invalidate_caches()
print(Finder.calls)
sys.meta_path.pop()
sys.modules["halt_q"] = None
try:
    importlib.import_module("halt_q")
except Exception as e:
    print(type(e).__name__, e)
del sys.modules["halt_q"]
import importlib.util, importlib.machinery
print(importlib.util.__name__, importlib.machinery.__name__)
# a module replacing itself in sys.modules
d = "/tmp/rw7_il_%d" % os.getpid()
os.makedirs(d + "/pkg_il", exist_ok=True)
with open(d + "/swap_il.py", "w") as f:
    f.write("import sys\nclass Swapped:\n    name = 'swapped'\nsys.modules[__name__] = Swapped()\n")
with open(d + "/pkg_il/__init__.py", "w") as f:
    f.write("count = globals().get('count', 0) + 1\n")
with open(d + "/pkg_il/sub.py", "w") as f:
    f.write("from . import helper\nvalue = helper.x\n")
with open(d + "/pkg_il/helper.py", "w") as f:
    f.write("x = 41\n")
with open(d + "/mod_il.py", "w") as f:
    f.write("n = 1\nloads = globals().get('loads', 0) + 1\n")
sys.path.insert(0, d)
print(importlib.import_module("swap_il").name)
sub = importlib.import_module(".sub", "pkg_il")
print(sub.__name__, sub.value, importlib.import_module("..helper", "pkg_il.sub").x)
pkg = importlib.import_module("pkg_il")
print(pkg.count, importlib.reload(pkg).count, pkg.count)
m = importlib.import_module("mod_il")
print(m.n, m.loads)
with open(d + "/mod_il.py", "w") as f:
    f.write("n = 2\nloads = globals().get('loads', 0) + 1\nextra = 'new'\n")
m.kept = True
r = importlib.reload(m)
print(r is m, m.n, m.loads, m.extra, m.kept, m.__name__, os.path.basename(m.__file__), m.__spec__.name)
print(importlib.reload(importlib.import_module("pkg_il.sub")).value)
os.remove(d + "/mod_il.py")
try:
    importlib.reload(m)
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
print(importlib.reload(sys) is sys, importlib.reload(importlib) is importlib)
fake = types.ModuleType("pkg_missing_il.child")
sys.modules["pkg_missing_il.child"] = fake
try:
    importlib.reload(fake)
except ImportError as e:
    print(type(e).__name__, e, e.name)
for name in ["swap_il.py", "pkg_il/__init__.py", "pkg_il/sub.py", "pkg_il/helper.py"]:
    os.remove(d + "/" + name)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(importlib.find_loader("json") is not None, importlib.find_loader("nosuch_q"))
    print([str(x.message) for x in caught], [x.category.__name__ for x in caught])
