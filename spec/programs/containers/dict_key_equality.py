# Keys that compare equal (1, 1.0, True) are the same key; the first key object is kept.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
d2 = {True: 'first', 1: 'second'}
print(d2)
d3 = {0: 'zero', False: 'false', 0.0: 'float zero'}
print(d3, len(d3))
print({(1, 2): 'tuple', (1.0, 2.0): 'float tuple'})
print(1 in {1.0: 'x'}, 'a' in {'a': 1}, {1: 'a'}.get(True))
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset([1]): 'fs'}[frozenset([1])], {None: 'n'}[None])
