# A local or parameter named like a builtin shadows it only in that function.
def f(list):
    return list * 2


print(f(3))
print(list('ab'))


def g():
    max = 'local max'
    return max


print(g(), max(1, 2))


def h():
    print(str(5))
    str = 'oops'


try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def k():
    type = lambda o: 'mine'
    return type(1), [type(x) for x in 'ab']


print(k())
print(type(1).__name__)
