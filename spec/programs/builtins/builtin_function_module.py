# __module__ of builtin functions: the defining native module's name, None for bound methods
import math, sys, time
print(len.__module__, print.__module__, math.sqrt.__module__, sys.exit.__module__, [].append.__module__, time.time.__module__, "x".upper.__module__, type(len).__module__)
print(sorted.__module__, abs.__module__, math.floor.__module__, isinstance.__module__, repr(len), repr(math.sqrt))
print(len.__name__, len.__qualname__, math.sqrt.__name__)
