# A few facts about the builtins namespace that programs commonly rely on.
import builtins

names = ['print', 'len', 'range', 'Exception', 'ValueError', 'True', 'None', 'object', 'super', 'property']
print([hasattr(builtins, n) for n in names])
print(builtins.len is len, getattr(builtins, 'True', 'no attribute True'))
print(builtins.__name__, type(builtins).__name__)
print(__builtins__ is builtins)
print(type(__builtins__).__name__)
print(sorted(n for n in ('abs', 'all', 'any', 'ascii', 'bin') if n in dir(builtins)))
print(builtins.__dict__['abs'](-4), 'print' in builtins.__dict__)
