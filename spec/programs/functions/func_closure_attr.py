# __closure__ is None without free variables, else a tuple of cells in co_freevars order.
def plain():
    return 1


print(plain.__closure__)


def outer():
    b = 'b'
    a = 'a'
    c = 'unused'

    def inner():
        return a, b
    return inner


inner = outer()
print(inner.__code__.co_freevars)
print(tuple(cell.cell_contents for cell in inner.__closure__))
print(type(inner.__closure__).__name__, len(inner.__closure__))
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
try:
    inner.__closure__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
