# Star unpacking in assignments, literals and loops.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
print([*range(3), *'ab', *{'k': 0}], (*[1, 2],), {*'aab'} == {'a', 'b'}, {**{'x': 1}, 'y': 2})
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
x = y = z = 'chained'
print(x, y, z)
i, j = j, i = 1, 2
print(i, j)
