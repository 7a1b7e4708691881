# set() and frozenset() of a list or tuple: CPython's order for int, str-free keys, equal keys
# of different types (1, 1.0, True), and a list that a key's __hash__ grows or shrinks while
# the set is being built (the list's length is read again at every step).
print(set([5, 3, 9, 3, 1, 5, 1000, -7, 2**40, 17]), frozenset((8, 8, 0, -1, 64)))
print(set([1, 1.0, True, 2, 2.0]), sorted(set(range(50, 0, -3)))[:5], len(set(list(range(3000)) * 2)))
print(set(()), frozenset([]), set([(1, 2), (1, 2), (2, 1)]) == {(2, 1), (1, 2)})

grow = []


class Grower:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        if self.n < 5:
            grow.append(Grower(self.n + 1))
        return self.n

    def __eq__(self, other):
        return isinstance(other, Grower) and other.n == self.n

    def __repr__(self):
        return f"G{self.n}"


grow.append(Grower(0))
s = set(grow)
print(sorted(s, key=lambda g: g.n), len(grow))

shrink = [None] * 6


class Shrinker:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        if shrink and len(shrink) > 3:
            shrink.pop()
        return self.n


shrink[:] = [Shrinker(i) for i in range(6)]
print(len(set(shrink)), len(shrink))


class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


for bad in ([1, 2, BadHash()], ([],), [{}]):
    try:
        set(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class L(list):
    def __iter__(self):
        return iter([42])


print(set(L([1, 2, 3])), frozenset(L([7])))
