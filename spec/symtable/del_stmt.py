a = 1
del a
del b
del c.attr, d[0], (e, f)

def func():
    x = 1
    del x
    del y
    def inner():
        return x
    return inner

def del_only():
    del q
