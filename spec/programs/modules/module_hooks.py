import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/module_hooks_pkg")
import sys
import lazy_mod
print(lazy_mod.dynamic, dir(lazy_mod))
try:
    lazy_mod.missing
except AttributeError as e:
    print("AttributeError:", e)
from lazy_mod import *
print(static, _hidden)
from lazy_mod import dynamic
print(dynamic)
class Fake:
    value = 42
    def __getattr__(self, n): return f"fake.{n}"
sys.modules["fakemod"] = Fake()
import fakemod
from fakemod import anything
print(fakemod.value, anything)
try:
    from . import something
except ImportError as e:
    print("ImportError:", e)
try:
    import circ_a
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
m = __import__("lazy_mod")
print(m is lazy_mod, __import__("sys").version_info[0])
sys.modules["lazy_mod"] = None
try:
    import lazy_mod
except ImportError as e:
    print("ImportError:", e)
if __name__ == "__main__":
    print("main block", __name__)
