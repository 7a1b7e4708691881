# heapq.nsmallest / nlargest reach sorted(...)[:n]'s result through a bounded heap of the n
# best items seen so far, decorated with their arrival order; the comparisons a program can
# log, the TypeError of mixed items, and how much of an iterator is read are those of CPython.
import heapq
import random

log = []


class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v

    def __eq__(self, other):
        log.append(("eq", self.tag, other.tag))
        return self.v == other.v

    def __repr__(self):
        return f"K{self.v}.{self.tag}"


rng = random.Random(3)
for trial in range(24):
    xs = [K(rng.randrange(6), i) for i in range(rng.randrange(0, 12))]
    n = rng.randrange(-1, 14)
    key = rng.choice([None, lambda k: k, lambda k: -k.v, lambda k: k.v % 3])
    source = rng.choice(["list", "iter"])
    for f in (heapq.nsmallest, heapq.nlargest):
        log.clear()
        got = f(n, xs if source == "list" else iter(xs), key=key)
        print(trial, f.__name__, n, source, got, len(log), log[:12])

for n, items in [(2, [3, "a", 1]), (2, ["a", 3, 1]), (3, [1, "a"]), (2, [None, 1, 2, 3]), (2, [[1], (1,)])]:
    for f in (heapq.nsmallest, heapq.nlargest):
        try:
            print(f.__name__, f(n, items))
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
it = iter([3, "a", 1, 0])
for f in (heapq.nsmallest, heapq.nlargest, heapq.nsmallest):
    try:
        print(f.__name__, f(2, it))
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
for n in [2.5, "2", -1, 0, None, 1, True]:
    for items in ([3, 1, 2], iter([3, 1, 2])):
        try:
            print(repr(n), heapq.nsmallest(n, items), heapq.nlargest(n, [5, 9, 7]))
        except TypeError as e:
            print(repr(n), type(e).__name__, e)
for n in [None, "2", 2.5, [1]]:
    for f in (heapq.nsmallest, heapq.nlargest):
        try:
            print(repr(n), f(n, iter([3, 1, 2])))
        except TypeError as e:
            print(repr(n), f.__name__, type(e).__name__, e)
