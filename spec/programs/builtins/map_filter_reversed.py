# map, filter and reversed are lazy iterators.
m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'ab')), list(map(lambda a, b: a + b, 'ab', 'xyz')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')))
f = filter(lambda v: v > 1, [3, 1, 2])
print(next(f), list(f))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(reversed('abc')), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(None)
except TypeError as e:
    print(type(e).__name__, e)
log = []
lazy = map(lambda v: log.append(v) or v, range(3))
print(log, next(lazy), log)
