# Implicit namespace packages (PEP 420): directories without __init__.py on sys.path are the
# portions of one package, unless a regular package or module of that name is found on the path.
import sys, os

base = '/tmp/dyad_namespace_packages_%d' % os.getpid()
def w(rel, text):
    p = os.path.join(base, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(text)
w('one/ns/a.py', "WHO = 'a in one'\n")
w('two/ns/b.py', "WHO = 'b in two'\nfrom . import a\n")
w('one/mixed/portion.py', "")
w('two/mixed/__init__.py', "KIND = 'regular package wins'\n")
w('one/modwins/x.py', "")
w('two/modwins.py', "KIND = 'module wins'\n")
w('one/ns/sub/deep.py', "WHO = 'deep in a nested namespace'\n")
sys.path[:0] = [os.path.join(base, 'one'), os.path.join(base, 'two')]

import ns
print(ns.__name__, ns.__file__, ns.__package__, [p.replace(base, 'BASE') for p in ns.__path__])
print(ns.__spec__.name, ns.__spec__.origin, ns.__spec__.parent, ns.__spec__.has_location)
import ns.a, ns.b
print(ns.a.WHO, ns.b.WHO, ns.b.a is ns.a, ns.a.__package__, ns.a.__spec__.parent)
from ns.sub import deep
print(deep.WHO, deep.__name__, 'ns.sub' in sys.modules, sys.modules['ns.sub'].__file__)
import mixed
print(mixed.KIND, mixed.__file__.replace(base, 'BASE'))
import modwins
print(modwins.KIND)
try:
    import ns.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from ns import nothing
except ImportError as e:
    print(type(e).__name__, e)

def rmtree(p):
    for n in os.listdir(p):
        q = os.path.join(p, n)
        if os.path.isdir(q):
            rmtree(q)
        else:
            os.remove(q)
    os.rmdir(p)
rmtree(base)
