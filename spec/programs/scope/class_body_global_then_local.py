# A class body uses LOAD_NAME: it reads the global until its own binding exists.
x = 'global'


class C:
    print(x)
    x = 'class local'
    print(x)
    y = x + '!'
    del x
    print(x)


print(C.y)
print(hasattr(C, 'x'))
print(x)


class D:
    len = len
    n = len('four')


print(D.n, D.len is len)
