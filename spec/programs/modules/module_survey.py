import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/module_survey_pkg")
import helper_mod
import helper_mod as hm
print(hm is helper_mod, helper_mod.__name__, helper_mod.__doc__, helper_mod.pub())
from helper_mod import *
print(pub(), Klass.__module__)
try:
    other()
except NameError as e:
    print("NameError:", e)
from helper_mod import other, bump
print(other(), bump(), bump(), helper_mod.counter)
helper_mod.pub = lambda: "patched"
print(helper_mod.calls_pub(), pub())
import sys
print("helper_mod" in sys.modules, type(sys.modules["helper_mod"]).__name__)
import pkg
print(pkg.VALUE, pkg.subfn(), pkg.sub.sibling.X, pkg.__name__, sorted(k for k in dir(pkg) if not k.startswith("__")))
from pkg import sibling
print(sibling.X)
import pkg.sub as ps
print(ps.subfn())
del sys.modules["helper_mod"]
import helper_mod as again
print(again is helper_mod)
try:
    from pkg import nothere
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
import math, time
print(math.__name__, callable(time.time))
print(__name__, __doc__, __package__ if False else "", __spec__ is None if False else "")
def f():
    import helper_mod as local_hm
    return local_hm.counter
print(f(), "local_hm" in dir())
print(sorted(vars(sibling).keys())[:5] if False else "")
import pkg.sibling
print(pkg.sibling is sibling)
print(dir(helper_mod)[:3])
print(repr(helper_mod).startswith("<module 'helper_mod' from "), repr(sys), repr(pkg.sub)[:22])
