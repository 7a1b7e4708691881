# Cell objects: cell_contents, empty cells and writable cell_contents.
def outer():
    a = 1
    b = 'two'

    def inner():
        return a, b
    return inner


f = outer()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
f.__closure__[0].cell_contents = 100
print(f())
print(type(f.__closure__[0]).__name__)


def pending():
    def inner():
        return late
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    late = 'set'
    print(cell.cell_contents)
    del late
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)


pending()
print(outer.__closure__, len.__class__.__name__)
