# min, max and sum with keys, defaults and start values.
print(min(3, 1, 2), max([3, 1, 2]), min('hello'), max('a', 'B'), max([], default='empty'))
print(min([3, 1, 2], key=lambda v: -v), max(['aa', 'b', 'ccc'], key=len), max([('a', 2), ('b', 2)], key=lambda p: p[1]))
print(min([1, 1.0]), max([1.0, 1]), min([[2], [1, 5]]), max({'x': 1, 'y': 0}))
for call in (lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, 'a']), lambda: min([], key=len)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(sum([True, True]), sum([1, 2.5]), sum([]), sum((), 0.0))
