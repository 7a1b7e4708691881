# Sorts whose int keys span a small range (counting sort) or a wide one (packed doubles),
# str keys with many repeats (ranked, then counted), plain int lists with a small value range,
# reverse=True and stability of equal keys throughout.
def lcg(seed, n, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out


def check(label, got, expect):
    print(label, got == expect, got[:6], got[-3:])


for n, mod in [(30, 5), (100, 1000), (3000, 7), (5000, 9000), (5000, 11000), (20000, 2**31 - 1)]:
    vals = lcg(n, n, mod)
    neg = [v - mod // 2 for v in vals]
    recs = [(v, i) for i, v in enumerate(vals)]
    # key= sorts keep equal keys in order (the index shows it)
    by_key = sorted(recs, key=lambda r: r[0])
    check(f"key {n} {mod}", [r[1] for r in by_key], [r[1] for r in sorted(recs, key=lambda r: (r[0], r[1]))])
    by_key_rev = sorted(recs, key=lambda r: r[0], reverse=True)
    check(f"rev {n} {mod}", [r[1] for r in by_key_rev], [r[1] for r in sorted(recs, key=lambda r: (-r[0], r[1]))])
    check(f"neg {n} {mod}", sorted(neg), sorted(neg, key=lambda v: (v,)))
    plain = list(vals)
    plain.sort(reverse=True)
    check(f"plain {n} {mod}", plain, sorted(vals, key=lambda v: -v))
    print(sum(plain[::97]), plain[0], plain[-1])

syl = ["ka", "lo", "mi", "ne", "su", "ta", "RI", "Po", "", "é", "Zz"]
for n in [30, 500, 20000]:
    words = [syl[v % 11] + syl[(v >> 4) % 11] for v in lcg(7, n, 1 << 20)]
    pairs = list(enumerate(words))
    s1 = sorted(pairs, key=lambda p: p[1])
    check(f"str {n}", [p[0] for p in s1], [p[0] for p in sorted(pairs, key=lambda p: (p[1], p[0]))])
    s2 = sorted(pairs, key=lambda p: p[1].lower(), reverse=True)
    print(s2[:4], s2[-2:])
    low = sorted(words, key=str.lower)
    print(low[:5], low[-3:], len(set(low)))
    distinct = sorted(set(words))
    print(distinct[:4], sorted(distinct, reverse=True)[:3])

# extreme values around the 32-bit packing bound and bools mixed with ints
edge = [2**31 - 1, -2**31, 0, True, False, 5, -7, 2**31, -2**31 - 1] * 50
print(sorted(edge)[:6], sorted(edge)[-4:], sorted(edge, key=lambda v: v % 3)[:8])
print(sorted([3, 1, 2] * 1000)[::500], sorted([10**6, -10**6, 0] * 700)[::300])
