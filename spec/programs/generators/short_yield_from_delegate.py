def inner():
    try:
        while True:
            x = yield
            print("inner received", x)
    except ValueError:
        print("inner caught ValueError")
        return "inner-done"
    finally:
        print("inner finally")
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "end"
g = outer()
next(g)
g.send(1)
g.send(2)
print(g.throw(ValueError))
g2 = outer()
next(g2)
g2.close()
print(list(range(3)) == [*(yield_ for yield_ in range(3))])
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
