# time is in sys.modules from start-up (CPython imports it for zipimport); math is an extension
# module (it has a __file__, and is no built-in module); sys.flags.dont_write_bytecode and
# sys.dont_write_bytecode agree; the default excepthook given a value that is no exception.
import sys
print('time' in sys.modules, 'sys' in sys.modules, 'builtins' in sys.modules)
import time
print(sys.modules['time'] is time, time.__spec__.origin, hasattr(time, '__file__'))
print([m for m in ('builtins', 'sys', 'time', 'math') if m in sys.builtin_module_names])
import math
print(sys.modules['math'] is math, hasattr(math, '__file__'), math.__spec__.has_location)
print(math.__spec__.origin == math.__file__, repr(math).startswith("<module 'math' from "))
print([n for n in dir(math) if n.startswith('__')])
print(repr(sys), repr(time))
print(sys.flags.dont_write_bytecode == int(sys.dont_write_bytecode), type(sys.dont_write_bytecode))
sys.excepthook(ValueError, ValueError('v'), None)
sys.excepthook(KeyError, 'not an exception', None)
sys.__excepthook__(None, None, None)
print('hooks done')
sys.excepthook(1, 2, 3)
sys.exit(3)
