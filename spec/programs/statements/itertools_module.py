import itertools
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest, product, permutations, combinations, combinations_with_replacement
print(list(islice(count(5), 3)), list(islice(count(1, 0.5), 3)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)), list(repeat("x", 0)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("aaabbc")], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)])
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(pairwise("abcd")), list(pairwise([1])), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee("x", 3)))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest([1], [2, 3])), list(zip_longest()))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))), list(permutations([1, 2, 3], 4)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations_with_replacement("ab", 2)))
groups = {}
for key, grp in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0]):
    groups[key] = list(grp)
print(groups)
it = groupby("aabb")
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
c = count(10)
print(next(c), next(c), repr(c), repr(count(1, 2)), repr(repeat(1, 2)))
print(sum(islice(count(), 100)), list(map(lambda t: t[0] * t[1], zip(count(1), "abc"))))
try:
    list(islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
print(type(chain()).__name__, iter(count()) is not None, list(enumerate(islice(cycle([1, 2]), 3))))
