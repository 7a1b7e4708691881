# Every module has its own global namespace; functions keep the globals of their module.
from module_globals_pkg import first, second

y = 'main.y'
print(first.read_y(), second.read_y(), y)
first.write_y('changed by first')
print(first.read_y(), second.read_y(), y, first.y)
print(second.call_other(first.read_y))
print(first.read_y.__globals__ is vars(first), first.read_y.__globals__ is globals())
print(first.read_y.__module__, second.read_y.__module__)
g = first.read_y
del first.y
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
