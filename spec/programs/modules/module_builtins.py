# An imported module's __builtins__ is the builtins dict (the main module's is the module);
# functions keep the builtins they were defined with; patches to builtins and to module
# globals are seen by functions that already ran (cached global lookups must notice).
import builtins
import sys
from module_builtins_pkg import tool

print(type(__builtins__).__name__, type(tool.__builtins__).__name__)
print(tool.__builtins__ is builtins.__dict__, __builtins__ is builtins)
print(tool.size.__builtins__ is builtins.__dict__)
for _ in range(3):
    print(tool.size('abc'), tool.call_hook())
real_len = builtins.len
builtins.len = lambda x: 'patched len'
print(tool.size('abc'))
tool.len = lambda x: 'module len'
print(tool.size('abc'))
del tool.len
print(tool.size('abc'))
builtins.len = real_len
print(tool.size('abc'))
del builtins.len
try:
    tool.size('abc')
except NameError as e:
    print('NameError', e)
builtins.len = real_len
tool.hook = lambda: 'patched hook'
print(tool.call_hook())
sys.modules['module_builtins_pkg.tool'].hook = lambda: 'via sys.modules'
print(tool.call_hook())
tool.__builtins__ = {'len': lambda x: 'swapped dict'}
print(tool.size('abc'))
exec('def later(x): return len(x)', tool.__dict__)
print(tool.later('abc'))
