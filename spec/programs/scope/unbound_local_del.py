# del unbinds a local; reading or deleting it again fails.
def f():
    a = 1
    print(a)
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        del a
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    a = 2
    print(a)


f()


def g():
    del b
    b = 3


try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def h(p):
    del p
    return 'p' in locals()


print(h(5))
