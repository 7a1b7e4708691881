# del inside loops and with unpacking targets.
def f():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    try:
        tmp
    except UnboundLocalError as e:
        out.append(type(e).__name__)
    return out


print(f())


def g():
    a, (b, c) = 1, (2, 3)
    del a, (b, c)
    names = sorted(locals())
    return names


print(g())


def h():
    x = [1, 2, 3]
    y = x
    del x
    return y
    
    
print(h())
