# hash() of deterministic values: ints, floats, tuples of numbers, booleans and None-free values.
print([hash(i) for i in (0, 1, -1, -2, 100, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64))])
print(hash(1.0), hash(0.5), hash(1e100) == hash(int(1e100)), hash(-1.0))
print(hash(True), hash(False), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()) == hash(()), hash(frozenset()) == hash(frozenset()), hash(1 + 0j) == 1)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(hash('str')).__name__, hash('same') == hash('same'))
