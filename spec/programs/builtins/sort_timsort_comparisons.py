# sorted()/list.sort() make CPython's comparisons in CPython's order also past 64 items (runs
# merged by the powersort policy, with galloping), so a counting or inconsistent `<` (NaN)
# sees the same; a `<` that raises part way leaves the list as far as the sort got.
import random

class Counted:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v

random.seed(2024)
for n in [10, 63, 64, 65, 100, 300, 1000]:
    data = [random.randint(0, n) for _ in range(n)]
    counts = []
    for reverse in (False, True):
        Counted.calls = 0
        out = sorted(map(Counted, data), reverse=reverse)
        counts.append(Counted.calls)
        assert [c.v for c in out] == sorted(data, reverse=reverse)
    Counted.calls = 0
    sorted(data, key=Counted)
    counts.append(Counted.calls)
    runs = [i % 17 if i % 200 < 100 else 300 - i % 23 for i in range(n)]
    Counted.calls = 0
    sorted(map(Counted, runs))
    counts.append(Counted.calls)
    print(n, counts)

nan = float("nan")
values = [random.random() for _ in range(200)]
for i in range(0, 200, 9):
    values[i] = nan
result = sorted(values)
print([i for i, v in enumerate(result) if v != v])
print([round(v, 4) for v in result[:6]], [round(v, 4) for v in result[-6:] if v == v])

class Fails:
    limit = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Fails.limit -= 1
        if Fails.limit == 0:
            raise RuntimeError("comparison failed")
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

for limit in [3, 40, 150, 400]:
    random.seed(limit)
    items = [Fails(random.randint(0, 99)) for _ in range(80)]
    Fails.limit = limit
    try:
        items.sort()
        print("sorted")
    except RuntimeError as e:
        print(e)
    print(items[:12], items[-6:])

mixed = [5, 1, 4, 2, 3, None, 0]
try:
    mixed.sort()
except TypeError as e:
    print(e)
print(mixed)
words = ["pear", "fig", "apple", "kiwi", 3, "date"]
try:
    words.sort(key=lambda w: w if isinstance(w, str) else w)
except TypeError as e:
    print(e)
print(words)
