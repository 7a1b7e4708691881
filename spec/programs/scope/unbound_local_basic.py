# An assignment anywhere in the function makes the name local for the whole body.
x = 10


def f():
    print('before')
    print(x)
    x = 20


try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def g():
    y = x
    return y


print(g())


def h():
    try:
        return x
    finally:
        pass
    x = 1


try:
    h()
except NameError as e:
    print(type(e).__name__, e, isinstance(e, UnboundLocalError))
print(issubclass(UnboundLocalError, NameError))
print(UnboundLocalError.__mro__)
