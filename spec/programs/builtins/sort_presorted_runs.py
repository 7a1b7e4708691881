# Sorting input that is already in order or in reverse order (timsort takes the whole input
# as one run): ints, bigints, floats with NaN, strs, keys with ties (stability), reverse=True,
# and inputs that are almost a run (one element out of place at either end).
nan = float("nan")
asc = list(range(40))
desc = list(range(40, 0, -1))
print(sorted(asc) == asc, sorted(desc)[:5], sorted(desc, reverse=True)[:5], sorted(asc, reverse=True)[:3])
ties = [5] * 10 + [4] * 10 + [3] * 10
print(sorted(ties)[:12], sorted(list(range(20)) + [19, 19]), sorted([3, 2, 2, 1] * 5))
big = [2**70 + i for i in range(20)]
print(sorted(big[::-1]) == big, sorted(big + [1, 2**53 + 1, 2**53])[:3], sorted([True, 1, False, 0, 2] * 4))
floats = [0.5 * i for i in range(30)]
print(sorted(floats[::-1])[:4], sorted([1.0, nan, 2.0, 3.0, nan] * 4), sorted([3.0, 2.0, nan, 1.0] * 4))
print(sorted([nan, 5.0, 4.0, 3.0, 2.0, 1.0, 0.5, 0.25, 0.1, 0.05, 0.01, 0.0, -1.0, -2.0]))
words = [f"w{i:03d}" for i in range(30)]
print(sorted(words[::-1])[:3], sorted(words)[-2:], sorted(["b"] * 14 + ["a"] * 14)[:3], sorted(words, reverse=True)[:2])
recs = [(i // 3, f"r{i}") for i in range(30)]
print(sorted(recs, key=lambda r: r[0])[:5], sorted(recs, key=lambda r: -r[0])[:5])
print(sorted(recs, key=lambda r: r[0], reverse=True)[:5], sorted(recs[::-1], key=lambda r: r[1])[:3])
print(sorted(range(30), key=lambda i: -i)[:4], sorted(range(30), key=lambda i: i // 4, reverse=True)[:6])
print(sorted(range(30), key=lambda i: float(i) if i != 7 else nan)[:10])
print(sorted(range(30), key=lambda i: str(30 - i).zfill(2))[:5])
almost = list(range(1, 30)) + [0]
almost2 = [99] + list(range(30))
print(sorted(almost)[:3], sorted(almost2)[-3:], sorted(list(range(30, 0, -1)) + [31])[:3])
l = list(range(50, 0, -1))
l.sort()
m = [f"{i:02d}" for i in range(50)]
m.sort(reverse=True)
print(l[:3], l[-1], m[:3], m[-1])
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(i) for i in range(15)], reverse=True)[:3], sorted([K(i) for i in range(15, 0, -1)])[:3])
