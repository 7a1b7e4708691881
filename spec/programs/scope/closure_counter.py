# Closures keep their own state; each call of the factory makes new cells.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


a = make_counter()
b = make_counter(100)
print(a(), a(), a(5))
print(b(), b(10))
print(a())
print(a.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)
print(a.__closure__[0] is b.__closure__[0])
