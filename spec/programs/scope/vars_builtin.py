# vars() without arguments is locals(); with an object it is its __dict__.
class P:
    kind = 'class attr'

    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
print(vars(p))
print(vars(p) is p.__dict__)
vars(p)['z'] = 3
print(p.z)
print(vars(P)['kind'])
print(type(vars(P)).__name__)


def f(a):
    b = a * 2
    return vars()


print(f(4))
print(vars() is globals())
for bad in (1, 'text', [1]):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(p, p)
except TypeError as e:
    print(type(e).__name__, e)
