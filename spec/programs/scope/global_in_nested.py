# global in a nested function refers to the module even if the enclosing function has a local.
x = 'module'


def outer():
    x = 'outer local'

    def inner():
        global x
        x = 'set by inner'
        return x

    print(inner())
    print('outer still has', x)


outer()
print('module now has', x)


def outer2():
    x = 'outer2'

    def inner():
        global x

        def innermost():
            return x
        return innermost()
    return inner()


print(outer2())


def outer3():
    global x

    def inner():
        return x
    x = 'via outer3'
    return inner()


print(outer3(), x)
