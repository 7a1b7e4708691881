import sys, os
base = '/tmp/dyad_conformance_modules_%d' % os.getpid()
def rmtree(p):
    for n in os.listdir(p):
        q = os.path.join(p, n)
        if os.path.isdir(q): rmtree(q)
        else: os.remove(q)
    os.rmdir(p)
if os.path.exists(base): rmtree(base)
os.makedirs(os.path.join(base, 'pkg', 'sub'))
def w(rel, text):
    with open(os.path.join(base, rel), 'w') as f: f.write(text)
w('pkg/__init__.py', "print('init pkg', __name__, __package__)\nfrom . import a\nVALUE = 'pkgval'\n__all__ = ['a', 'VALUE']\n")
w('pkg/a.py', "print('init a', __name__, __package__)\nfrom .sub import b\nX = 1\n_private = 2\npublic = 3\n")
w('pkg/sub/__init__.py', "")
w('pkg/sub/b.py', "print('init b', __name__, __package__)\nfrom .. import a as parent_a_maybe\nfrom ..a import X if False else None\n" if False else "print('init b', __name__, __package__)\nY = 2\ndef who(): return __name__\n")
w('pkg/sub/c.py', "from ..a import X\nfrom . import b\nfrom ...toohigh import q\n")
w('lazy.py', "def __getattr__(name):\n    if name == 'magic': return 42\n    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')\ndef __dir__():\n    return ['magic', 'zeta', 'alpha']\nreal = 1\n")
w('circ1.py', "import circ2\nA = 'a'\ndef get(): return circ2.B\n")
w('circ2.py', "import circ1\nB = 'b'\ntry:\n    print('circ2 sees', circ1.A)\nexcept AttributeError as e:\n    print('circ2 AttributeError', e)\n")
w('circ3.py', "from circ4 import D\nC = 'c'\n")
w('circ4.py', "from circ3 import C\nD = 'd'\n")
w('allmod.py', "__all__ = ['x', 'missing']\nx = 1\ny = 2\n")
w('noall.py', "a = 1\n_b = 2\n__c = 3\nimport sys\n")
w('replace_self.py', "import sys\nclass Fake:\n    answer = 99\nsys.modules[__name__] = Fake()\n")
w('raiser.py', "VALUE = 1\nraise ValueError('boom in module')\n")
w('counter.py', "import sys\nsys.counter_loads = getattr(sys, 'counter_loads', 0) + 1\n")
sys.path.insert(0, base)
import pkg
print(pkg.__name__, pkg.__package__, os.path.basename(pkg.__file__), pkg.__spec__.name, pkg.__spec__.parent, pkg.__path__ == [os.path.join(base, 'pkg')])
print(pkg.a.X, pkg.a.__package__, pkg.a.__spec__.name, pkg.a.__spec__.parent, sorted(k for k in sys.modules if k.startswith('pkg')))
from pkg.sub import b
print(b.who(), b.__name__, b.__spec__.parent, pkg.sub.b is b)
try:
    import pkg.sub.c
except ImportError as e:
    print(type(e).__name__, str(e).replace(base, 'BASE'))
print('pkg.sub.c' in sys.modules)
import pkg.a as alias
print(alias is pkg.a)
ns = {}
exec('from pkg import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
ns = {}
exec('from pkg.a import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
ns = {}
try: exec('from allmod import *', ns)
except AttributeError as e: print('AttributeError', e)
ns = {}
exec('from noall import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
import lazy
print(lazy.magic, lazy.real, dir(lazy))
try: lazy.nothing
except AttributeError as e: print(e)
from lazy import magic as m2
print(m2, getattr(lazy, 'nope', 'dflt'), hasattr(lazy, 'magic'))
try:
    from lazy import nothing
except ImportError as e: print(type(e).__name__, str(e).replace(base, 'BASE'))
import circ1
print(circ1.get(), circ1.circ2.B)
try:
    import circ3
except ImportError as e: print(type(e).__name__, str(e).replace(base, 'BASE'))
import replace_self
print(type(replace_self).__name__, replace_self.answer)
try: import raiser
except ValueError as e: print('ValueError', e)
print('raiser' in sys.modules)
try: import raiser
except ValueError as e: print('again', e)
import counter; import counter
print(sys.counter_loads)
del sys.modules['counter']
import counter
print(sys.counter_loads)
try: import does_not_exist_xyz
except ModuleNotFoundError as e: print(type(e).__name__, str(e).replace(base, 'BASE'), e.name)
try: from pkg import nonexistent
except ImportError as e: print(type(e).__name__, str(e).replace(base, 'BASE'), e.name)
try: import pkg.nothing_here
except ModuleNotFoundError as e: print(e, e.name)
try: from . import thing
except ImportError as e: print(type(e).__name__, str(e).replace(base, 'BASE'))
try: import pkg.a.X
except ModuleNotFoundError as e: print(e)
sys.modules['fakemod'] = 'a string module'
import fakemod
print(fakemod)
sys.modules['nonemod'] = None
try: import nonemod
except ImportError as e: print(type(e).__name__, str(e).replace(base, 'BASE'))
print(__name__, __package__, __spec__, type(__builtins__).__name__ if False else '', __file__ == os.path.abspath(__file__) or __file__)
import math, time
print(math.__name__, time.__name__, math.__spec__.name, 'math' in sys.builtin_module_names or True)
print(type(sys).__name__, type(math).__name__, repr(sys)[:16])
M = type(sys)
mm = M('made', 'the doc'); print(mm.__name__, mm.__doc__, repr(mm), mm.__dict__.get('__spec__'))
mm.x = 1; print(dir(mm))
try: M()
except TypeError as e: print(e)
print(sys.modules[__name__] is sys.modules['__main__'])
rmtree(base)
