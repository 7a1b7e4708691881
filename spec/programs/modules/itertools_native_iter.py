# itertools' native iterators step by step: laziness, exhaustion, errors raised by the sources,
# and the unpacking loops (`for a, b in product(...)`, pairwise) that take their pair step.
import itertools as I

class Noisy:
    def __init__(self, name, items, fail_at=None):
        self.name, self.items, self.i, self.fail_at = name, list(items), 0, fail_at
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == self.fail_at:
            self.i += 1
            raise KeyError(self.name)
        if self.i >= len(self.items):
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print("  next", self.name, v)
        return v

def show(label, it, n=20):
    out = []
    try:
        for _ in range(n):
            out.append(next(it))
    except StopIteration:
        out.append("stop")
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    print(label, out)

# chain: lazy iter() of each argument; a non-iterable ends the chain after its error
show("chain", I.chain([1], 5, [2]))
show("chain err", I.chain(Noisy("a", [1, 2], fail_at=1), [9]))
c = I.chain(Noisy("b", [1], fail_at=0), [7])
show("chain retry1", c, 1)
show("chain retry2", c)
show("from_iterable", I.chain.from_iterable(["ab", (), [3]]))
show("chain empty", I.chain())

# islice: skipping consumes, start past stop still consumes start items, errors end it
src = Noisy("s", range(10))
show("islice 5,3", I.islice(src, 5, 3))
show("rest", src, 3)
show("islice step", I.islice(range(20), 1, 15, 4))
show("islice None", I.islice("abc", None))
show("islice big", I.islice(range(5), 2, 2**63 - 1))
s2 = I.islice(Noisy("e", [1, 2, 3], fail_at=1), 5)
show("islice err", s2)
show("islice after err", s2)
print(list(I.islice(I.count(), 0)), list(I.islice([], 3)), list(I.islice(range(10), 8, None, 5)))

# count: ints, floats, bools, big ints, steps
for args in [(), (3,), (True,), (1, True), (2.5,), (0, 0.25), (2**63 - 2,), (2**53 - 2,), (10**20, -7), (1j,), (0, 1.0)]:
    c = I.count(*args)
    vals = [next(c) for _ in range(3)]
    print("count", args, vals, [type(v).__name__ for v in vals], repr(c))

# repeat, cycle
r = I.repeat("x", 2)
print(list(r), repr(r), r.__length_hint__(), list(I.repeat(None, 0)), list(I.repeat(1, -2)))
cy = I.cycle(Noisy("c", "ab"))
print([next(cy) for _ in range(5)], list(I.islice(I.cycle([]), 3)))

# accumulate
print(list(I.accumulate([1, 2, 3], initial=100)), list(I.accumulate([], initial=5)), list(I.accumulate("abc")))
print(list(I.accumulate([2, 3, 4], lambda a, b: a * b)), list(I.accumulate([1.5, 2], func=None)))
show("accumulate err", I.accumulate([1, "a", 2]))

# groupby: groups are invalidated when the parent moves on; keys compared with ==
g = I.groupby([1, 1, 2, 2, 2, 3, 1])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), list(g2))
print([(k, list(v)) for k, v in I.groupby([1, 1.0, True, 2, 2.0])])
print([(k, "".join(v)) for k, v in I.groupby("AaBbbCa", key=str.lower)])
print([k for k, _ in I.groupby([])], [k for k, _ in I.groupby("aabbbc")])
gb = I.groupby("xxy")
_, gx = next(gb)
print(next(gx), list(gb)[0][0], list(gx))

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v // 10 == other.v // 10
print([(k.v, [x.v for x in grp]) for k, grp in I.groupby([Key(1), Key(5), Key(12), Key(25)])])

# product / permutations / combinations
print(list(I.product()), list(I.product("ab", repeat=0)), list(I.product([1, 2], [])), list(I.product(range(2), "xy")))
print(list(I.product("ab", repeat=2)), len(list(I.product(range(3), range(4), range(5)))))
print(list(I.permutations("abcd", 2))[:7], list(I.permutations([])), list(I.permutations("ab", 0)), list(I.permutations("ab", 3)))
print(list(I.permutations(range(4)))[::5])
print(list(I.combinations("abcde", 3))[::3], list(I.combinations("ab", 5)), list(I.combinations([], 0)))
print(list(I.combinations_with_replacement("abc", 2)), list(I.combinations_with_replacement("", 0)), list(I.combinations_with_replacement("", 2)))
print(list(I.combinations_with_replacement("ab", 0)), len(list(I.combinations_with_replacement(range(5), 3))))
p = I.product("ab", Noisy("p", [1, 2]))
print("product made")
print(list(p))

# the tuples are fresh each time
items = list(I.product([1, 2], repeat=2))
print(items, items[0] is items[1], [type(t).__name__ for t in items[:1]])

# unpacking loops
for a, b in I.product("ab", [1, 2]):
    print("pair", a, b)
for a, b, c in I.product([0], "xy", [True]):
    print("triple", a, b, c)
for a, b in I.pairwise("abcd"):
    print("pw", a, b)
for (a, b), c in I.product(I.pairwise("xyz"), [0]):
    print("nested", a, b, c)
try:
    for a, b in I.product([1, 2, 3]):
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in I.product("ab", "c", "d"):
        pass
except ValueError as e:
    print("ValueError:", e)

# pairwise, starmap, zip_longest, compress, takewhile, dropwhile, filterfalse
print(list(I.pairwise([])), list(I.pairwise([1])), list(I.pairwise(range(4))))
pw = I.pairwise(Noisy("w", [1, 2, 3], fail_at=2))
show("pairwise err", pw)
show("pairwise after", pw)
print(list(I.starmap(pow, [(2, 5), [3, 2], "xy"[:0] or (7, 0)])), list(I.starmap(lambda *a: a, ["ab", range(2)])))
print(list(I.zip_longest("abc", [1])), list(I.zip_longest([1], [2], fillvalue=0)), list(I.zip_longest()))
zl = I.zip_longest([1, 2], Noisy("z", [5], fail_at=1))
show("zip_longest err", zl)
show("zip_longest after", zl)
print(list(I.compress("abcdef", [1, 0, 1])), list(I.compress(range(5), I.cycle([0, 1]))))
print(list(I.takewhile(lambda x: x < 3, [1, 2, 3, 0])), list(I.dropwhile(lambda x: x < 3, [1, 2, 3, 0, 5])))
print(list(I.filterfalse(None, [0, 1, "", "a", None])), list(I.filterfalse(bool, [0, 2])), list(I.filterfalse(lambda x: x % 3, range(10))))
tw = I.takewhile(lambda x: x < 3, [1, 5, 2])
print(list(tw), list(tw))
