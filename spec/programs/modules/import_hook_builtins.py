# The import statement calls __import__ from the running frame's builtins: a replaced
# builtins.__import__ sees every import (name, globals, locals -- None in a function --,
# fromlist, level), exec() with its own __builtins__ uses that one, and a builtins namespace
# without __import__ makes import fail with ImportError.
import builtins

original = builtins.__import__
calls = []


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append(name)
    where = 'module' if locals is globals else ('function' if locals is None else 'other')
    print('hook', name, where, fromlist, level)
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = hook
import math
from math import floor, ceil
import sys as system


def inside():
    import math as m
    from math import pi
    return m.floor(pi)


print(inside(), floor(2.5), ceil(2.5), system.version_info[0])
builtins.__import__ = original
import math
print('after restore', calls)

for namespace in [{}, {'len': len}]:
    try:
        exec('import math', {'__builtins__': namespace})
        print('imported')
    except ImportError as e:
        print(type(e).__name__, e)


def fake_import(name, *args):
    print('fake import of', name, len(args))
    return 'fake-' + name


ns = {'__builtins__': {'__import__': fake_import}}
exec('import anything\nimport pkg.sub\nresult = (anything, pkg)', ns)
print(ns['result'])
try:
    exec('from pkg import thing', ns)
except ImportError as e:
    print(type(e).__name__, e)
