# Every kind of parameter at once, and how calls fill them.
def full(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return dict(a=a, b=b, c=c, args=args, d=d, e=e, kwargs=kwargs)


print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, z=0))
print(full(1, c=33, d=4, b=99))
print(full(*range(6), **{'d': 'D', 'e': 'E', 'f': 'F'}))
try:
    full(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    full(1, 2, 3, d=4, c=5)
except TypeError as e:
    print(type(e).__name__, e)
print(full.__code__.co_varnames)
