# Deleting a cell variable empties the cell for every closure that shares it.
def outer():
    data = [1, 2]

    def reader():
        return data

    print(reader())
    del data
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    data = 'again'
    print(reader())
    return reader


r = outer()
print(r())


def make():
    x = 1

    def get():
        return x

    def drop():
        nonlocal x
        del x
    return get, drop


get, drop = make()
print(get())
drop()
try:
    get()
except NameError as e:
    print(type(e).__name__, e)
try:
    drop()
except NameError as e:
    print(type(e).__name__, e)
