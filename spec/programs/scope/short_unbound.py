x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def g():
    del y
try:
    g()
except UnboundLocalError as e:
    print(e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 3
    return inner()
print(outer())
def nolocal():
    return undefined_name_q
try:
    nolocal()
except NameError as e:
    print(type(e).__name__, e, e.name)
