import types
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp | {'c': 3}, {'z': 0} | mp, type(mp | {}).__name__)
print(list(reversed(mp)), mp.get('a'), mp.copy())
try:
    mp |= {'x': 1}
except TypeError as e:
    print(e)
try:
    mp | 1
except TypeError as e:
    print(e)
try:
    1/0
except ZeroDivisionError as e:
    print(dir(e.__traceback__))
print(sorted(set(dir(mp)) - set(dir(object))))
import types
print(types.MappingProxyType[int], BaseExceptionGroup[ValueError], ExceptionGroup[ValueError] if hasattr(ExceptionGroup, '__class_getitem__') else 'no')
async def ag(): yield
print(type(ag())[int])
import sys
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes, type(f.f_lasti).__name__)
f.f_trace = 5
print(f.f_trace)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print(e)
