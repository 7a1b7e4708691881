# import statements bind names like assignments do (local in a function).
import math


def f():
    print(math.floor(2.5))
    import math
    return math.pi


try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def g():
    from math import sqrt as root
    import sys as system
    return sorted(locals()), root(16.0)


print(g())
print('root' in globals())


def h():
    global math
    import math as math
    return 'ok'


print(h(), math.floor(3.7))
