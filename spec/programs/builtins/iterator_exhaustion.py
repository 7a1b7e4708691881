# Iterators are single-use; iterables produce fresh iterators.
nums = [1, 2, 3, 4]
it = iter(nums)
print(list(it), list(it))
m = map(str, nums)
print('2' in m, list(m))
z = zip('abcd', nums)
print(next(z), dict(z))
f = filter(None, [0, 1, 2, 0, 3])
print(sum(f), sum(f))
e = enumerate('xyz')
for i, c in e:
    if i == 0:
        break
print(list(e))
r = range(3)
print(list(r), list(r))
g = (x * x for x in nums)
print(4 in g, list(g))
d = {'a': 1, 'b': 2}
k = iter(d)
print(next(k), list(k), list(d))
