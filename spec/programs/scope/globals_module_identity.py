# At module level globals() and locals() are the same live dict.
print(globals() is locals())
g = globals()
g['a'] = 2
print(a)
a = 3
print(g['a'])
print(g is globals())
print(g['__name__'])
print(sorted(k for k in g if k.startswith('__') and k in ('__name__', '__doc__', '__builtins__')))
print(type(g).__name__)


def f():
    return globals() is g


print(f())
g['from_dict'] = lambda: 'defined via dict'
print(from_dict())
del g['from_dict']
try:
    from_dict()
except NameError as e:
    print(type(e).__name__, e)
