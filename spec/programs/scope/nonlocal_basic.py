# nonlocal rebinds the variable of the nearest enclosing function that binds it.
def outer():
    x = 'outer'

    def change():
        nonlocal x
        x = 'changed'

    def shadow():
        x = 'local only'
        return x

    print(shadow(), x)
    change()
    print(x)


outer()


def accumulate(values):
    total = 0
    seen = []

    def add(v):
        nonlocal total
        total += v
        seen.append(v)

    for v in values:
        add(v)
    return total, seen


print(accumulate([3, 4, 5]))
