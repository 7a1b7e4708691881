# nonlocal finds the binding in a grandparent when the parent does not bind the name.
def grandparent():
    n = 0

    def parent():
        def child():
            nonlocal n
            n += 1
            return n
        return child

    c = parent()
    c()
    c()
    print('grandparent sees', n)
    print(parent.__code__.co_freevars, parent.__code__.co_cellvars)
    print(c.__code__.co_freevars)
    return c


c = grandparent()
print(c())


def shadowing():
    n = 'outer'

    def middle():
        n = 'middle'

        def inner():
            nonlocal n
            n = 'set by inner'
        inner()
        return n
    print(middle(), n)


shadowing()
