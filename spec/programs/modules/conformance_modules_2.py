import sys, os
base = '/tmp/dyad_conf_mods2_%d' % os.getpid()
def w(rel, text):
    p = os.path.join(base, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f: f.write(text)
w('nspkg/mod.py', "X = 'namespace module'\n")
w('pkg2/__init__.py', "'''Package doc.'''\nfrom .helper import helper_fn\n")
w('pkg2/helper.py', "def helper_fn(): return 'helped by ' + __name__\nif __name__ == '__main__':\n    print('never as import')\n")
w('pkg2/deep/__init__.py', "LEVEL = 'deep'\n")
w('pkg2/deep/deeper.py', "from ..helper import helper_fn\nfrom .. import deep\nfrom . import LEVEL\nVAL = (helper_fn(), deep.LEVEL, LEVEL)\n")
w('badall.py', "__all__ = [1]\n")
w('allstar.py', "__all__ = ('b',)\na = 1\nb = 2\n")
w('modrepr.py', "'''Doc line.'''\n")
w('printer.py', "print('printer imported', __name__)\n")
sys.path.insert(0, base)
import nspkg.mod
print(nspkg.mod.X, nspkg.__file__ if hasattr(nspkg, '__file__') else 'no file', list(nspkg.__path__) == [os.path.join(base, 'nspkg')], nspkg.__spec__.origin, nspkg.__spec__.name, nspkg.__package__)
import pkg2
print(pkg2.__doc__, pkg2.helper_fn(), 'pkg2.helper' in sys.modules, hasattr(pkg2, 'helper'))
import pkg2.deep.deeper as dd
print(dd.VAL, dd.__name__, dd.__package__)
from pkg2.deep import deeper
print(deeper is dd, pkg2.deep.deeper is dd)
ns = {}
try: exec('from badall import *', ns)
except TypeError as e: print('TypeError', e)
ns = {}
exec('from allstar import *', ns); print(sorted(k for k in ns if k != '__builtins__'))
import modrepr
print(repr(modrepr).startswith("<module 'modrepr' from "), modrepr.__doc__, sorted(k for k in dir(modrepr)))
import printer
import printer
del sys.modules['printer']
import printer as p2
print(p2 is printer)
import math as m1
del sys.modules['math']
import math as m2
print(m1 is m2, m2.pi)
mod = type(sys)('dynamic')
exec('def f(): return __name__', mod.__dict__)
sys.modules['dynamic'] = mod
from dynamic import f
print(f(), mod.f.__module__, mod.__dict__.get('__builtins__') is not None)
print(__spec__, __loader__ is not None or True, __package__, __file__.endswith('.py'), __cached__ if '__cached__' in dir() else 'no cached')
import sys as s1; import sys as s2; print(s1 is s2 is sys)
try:
    import nspkg.missing
except ModuleNotFoundError as e: print(e, e.name)
try:
    from pkg2 import nothing
except ImportError as e: print(type(e).__name__, str(e).replace(base, 'BASE'))
print(sorted(k for k in sys.modules if k.startswith(('pkg2', 'nspkg'))))
def rmtree(p):
    for n in os.listdir(p):
        q = os.path.join(p, n)
        if os.path.isdir(q): rmtree(q)
        else: os.remove(q)
    os.rmdir(p)
rmtree(base)
