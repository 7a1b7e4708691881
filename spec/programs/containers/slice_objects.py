# slice objects: attributes, indices(), equality and use with sequences.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5))
print(s.indices(6), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(5))
data = list(range(12))
print(data[s], 'abcdefghijkl'[s], tuple(data)[slice(3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
data[slice(0, 4)] = ['new']
print(data)
