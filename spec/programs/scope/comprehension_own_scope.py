# A comprehension has its own scope: its loop variable does not leak.
x = 'outer x'
squares = [x * x for x in range(4)]
print(squares, x)


def f():
    y = 'f y'
    result = {y: y * 2 for y in range(3)}
    return result, y


print(f())


def g():
    total = [n for n in range(3)]
    try:
        return n
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)


print(g())
print({c for c in 'aab'} == {'a', 'b'})
gen = (z for z in range(2))
print(list(gen))
try:
    z
except NameError as e:
    print(type(e).__name__, e)
