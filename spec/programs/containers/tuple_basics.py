# Tuples: packing, unpacking, immutability, methods, and singleton syntax.
t = 1, 2, 3
print(t, type(t).__name__, (1,), (), tuple(), tuple('ab'), (1) == 1)
a, b, c = t
print(a + b + c, t.count(2), t.index(3), t[::-1], t + (4,), t * 2)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
nested = ([1], 2)
nested[0].append('ok')
print(nested)
try:
    nested[0] += ['boom']
except TypeError as e:
    print(type(e).__name__, e, nested)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(repr((None,)), str(('a', 1)), len(((),)))
