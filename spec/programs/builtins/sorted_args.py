# sorted() and list.sort() argument errors: keyword names, reverse as an int (overflow, floats, None).
for call in (lambda: sorted([], foo=1), lambda: sorted([2,1], reverse=1.5), lambda: sorted([2,1], reverse=2**70), lambda: sorted(), lambda: sorted([1],[2]), lambda: [].sort(1), lambda: [3,1].sort(reverse=2**40), lambda: sorted([1], key=None, reverse=None)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
# Short and long lists of every key kind: ints, floats (with NaN), mixed numbers, strs, tuples.
import random
rng = random.Random(5)
for n in (2, 5, 23, 24, 25, 70):
    ints = [rng.randrange(-50, 50) for _ in range(n)]
    print(sorted(ints), sorted(ints, key=lambda v: -v), sorted(ints, reverse=True)[:5])
    fl = [rng.random() * 10 - 5 for _ in range(n)]
    print(sorted(fl, key=abs)[:3], sorted(fl + [3, 2**60, True])[:4])
    strs = ["".join(rng.choice("abAB\u00e9") for _ in range(rng.randrange(4))) for _ in range(n)]
    print(sorted(strs), sorted(strs, key=str.lower, reverse=True))
    tups = [(rng.randrange(3), rng.choice("xyz"), i) for i in range(n)]
    print(sorted(tups, key=lambda t: t[:2]) == sorted(tups, key=lambda t: (t[0], t[1], t[2])), sorted(tups, key=lambda t: (t[1], -t[0]))[:4])
    recs = [(rng.randrange(5), i) for i in range(n)]
    print(sorted(recs, key=lambda r: r[0], reverse=True)[:6])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([3, 1.5, 2, 0.5], reverse=True), sorted([(1, "b"), (1, "a", 0), (0,)]))
