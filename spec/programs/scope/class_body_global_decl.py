# global and nonlocal declarations inside class bodies.
counter = 0


class C:
    global counter
    counter = 10
    local_attr = counter + 1


print(counter, C.local_attr, hasattr(C, 'counter'))


def f():
    value = 'f value'

    class D:
        nonlocal value
        value = 'set from class body'
        seen = value
    return value, D.seen, hasattr(D, 'value')


print(f())


class E:
    global helper

    def helper():
        return 'helper is a global function'


print(helper())
print(hasattr(E, 'helper'))
