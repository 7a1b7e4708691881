def inner():
    yield 1
    raise KeyError("inner")
def outer():
    yield from inner()
for v in outer():
    print(v)
