# A global declaration in an enclosing function makes nested free uses global too.
value = 'module value'


def outer():
    global value

    def inner():
        return value

    def rebinder():
        value = 'local to rebinder'
        return value
    value = 'outer assigned global'
    return inner(), rebinder()


print(outer())
print(value)
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)


def outer2():
    value = 'cell'

    def middle():
        global value

        def inner():
            return value
        return inner
    return middle()()


print(outer2())
