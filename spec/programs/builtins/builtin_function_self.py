# __self__ of builtin functions: the module for module-level ones (len.__self__ is builtins),
# the bound object for methods, the class for class methods.
import sys, math, time, builtins
for f in [len, print, math.sqrt, time.time, sys.exit, sys.getrecursionlimit, [].append, 'x'.join, str.maketrans, dict.fromkeys, int.from_bytes, object.__new__, (1).__add__]:
    s = f.__self__
    print(getattr(f, '__qualname__', '?'), type(s).__name__, s is builtins, getattr(s, '__name__', None) if type(s).__name__ in ('module', 'type') else repr(s))
