# List sorting with key=: lambdas, bound and unbound methods as keys, tuple keys,
# reverse=True, sorted() on records, and list.sort() on ints and strings.
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


def make_records(n):
    g = lcg(42)
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "RI", "Po"]
    recs = []
    for i in range(n):
        r = next(g)
        name = syllables[r % 8] + syllables[(r >> 3) % 8] + syllables[(r >> 6) % 8]
        recs.append((name, r % 1000, (r >> 10) % 97 / 7))
    return recs


class Item:
    def __init__(self, rec):
        self.name, self.qty, self.price = rec

    def value(self):
        return self.qty * self.price


recs = make_records(45_000)
out = []
for round_ in range(3):
    a = sorted(recs, key=lambda r: r[1])
    b = sorted(recs, key=lambda r: (r[2], r[0]), reverse=True)
    c = sorted((r[0] for r in recs), key=str.lower)
    items = [Item(r) for r in recs]
    items.sort(key=Item.value)
    d = sorted(recs, key=lambda r: -r[1] * 1000 + len(r[0]))
    nums = [r[1] * 31 % 1009 for r in recs]
    nums.sort(reverse=round_ % 2 == 1)
    out.append((a[0][1], b[0][0], c[0], c[-1], items[-1].name, d[0][1], nums[0], nums[-1]))
print(out)
