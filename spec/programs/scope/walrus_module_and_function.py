# := outside comprehensions binds in the current scope.
if (n := 5) > 3:
    print('n is', n)
print('n' in globals())


def f(data):
    while (chunk := data[:2]):
        print(chunk)
        data = data[2:]
    return chunk


print(f([1, 2, 3, 4, 5]))


def g():
    values = [y := 10, y + 1, (y := y * 2)]
    return values, y


print(g())
print((lambda: (z := 3) + z)())
