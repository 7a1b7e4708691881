# exec inside a function does not create or change fast locals.
def f():
    x = 'original'
    exec("x = 'changed by exec'")
    print(x)
    exec("y = 5")
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)


f()


def g():
    ns = {}
    exec('a = 1\nb = a + 1', ns)
    return ns['a'], ns['b'], '__builtins__' in ns


print(g())


def h():
    value = 10
    exec('print("exec sees", value)')
    exec('result = value * 2')
    return 'result' in locals()


print(h())
