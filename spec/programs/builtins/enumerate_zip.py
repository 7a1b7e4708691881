# enumerate and zip, including start, uneven lengths and strict mode.
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 5)))
e = enumerate(['x', 'y'])
print(next(e), type(e).__name__, list(e))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip('abc', range(3))), list(zip(range(3), enumerate('xyz'))))
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
