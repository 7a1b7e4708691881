# Sorting 512+ items by numeric keys (ints beyond 32 bits, floats, -0.0 and 0.0, infinities,
# bools, bigints), checking stability (equal keys keep their order) with and without reverse.
seed = 7


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


n = 1500
floats = [((rnd() % 2001) - 1000) / 8 for _ in range(n)]
floats[10] = -0.0
floats[20] = 0.0
floats[30] = float("inf")
floats[40] = float("-inf")
floats[50] = 5e-324
floats[60] = -5e-324
floats[70] = 1.7976931348623157e308
recs = [(f, i) for i, f in enumerate(floats)]
for rev in (False, True):
    s = sorted(recs, key=lambda r: r[0], reverse=rev)
    print(s[:6], s[-6:], all(s[k][1] < s[k + 1][1] for k in range(n - 1) if s[k][0] == s[k + 1][0]))
    print([r[1] for r in s if r[0] == 0][:8])
big = [(rnd() - 2**30) * 2**20 + (rnd() % 7) for _ in range(n)]
s = sorted(range(n), key=lambda i: big[i])
print(s[:8], s[-8:], all(big[s[k]] <= big[s[k + 1]] for k in range(n - 1)))
mixed = [x if k % 3 else float(x) for k, x in enumerate([(rnd() % 50) - 25 for _ in range(n)])]
s = sorted(range(n), key=lambda i: mixed[i])
print(s[:10], [mixed[i] for i in s[:3]], all((mixed[s[k]], s[k]) < (mixed[s[k + 1]], s[k + 1]) for k in range(n - 1)))
bools = sorted(range(n), key=lambda i: (i * 7) % 3 == 0 or 0.5 if i % 5 else i % 2 == 0)
print(bools[:10], bools[-10:])
withbig = [2**70 if k == 3 else float(k % 9) for k in range(n)]
s = sorted(range(n), key=lambda i: withbig[i], reverse=True)
print(s[:5], s[-5:])
items = [x / 3 for x in range(-800, 800)]
items.sort(key=abs)
print(items[:7], items[-3:])
