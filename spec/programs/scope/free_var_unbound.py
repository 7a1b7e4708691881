# Reading a free variable whose cell is still empty.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
        print(type(e) is NameError)
    value = 'bound'
    print(inner())


outer()


def outer2():
    try:
        print(value)
    except UnboundLocalError as e:
        print('owner:', type(e).__name__, e)

    def inner():
        return value
    value = 1
    return inner


print(outer2()())
