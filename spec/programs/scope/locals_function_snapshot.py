# locals() in a function is a snapshot; writing to it does not change variables.
def f():
    x = 1
    snap = locals()
    print(sorted(snap))
    snap['x'] = 99
    print(x)
    x = 2
    print(snap['x'])
    return sorted(locals().items(), key=lambda kv: kv[0])[1:]


print(f())


def g(a, b=2, *args, **kw):
    c = a + b
    return locals()


print(g(1, 5, 6, k=7))


def h():
    locals()['new_name'] = 1
    try:
        return new_name
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)


print(h())


def empty():
    return locals()


print(empty())
