# sorted() accepts any iterable and returns a new list.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted('dcba'), sorted({5: 'a', 2: 'b'}), sorted(range(3, 0, -1)))
print(sorted(x * x for x in range(-3, 3)), sorted([-1, 3, -2], key=abs, reverse=True))
original = [2, 1]
result = sorted(original)
print(original, result, result is original)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0]))
try:
    sorted([1, 2], reverse='yes')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([2, 1], lambda v: v)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([0.5, -1, True, False, 2]), sorted(['b', 'A', 'a', 'B']), sorted('aAbB', key=str.swapcase))
