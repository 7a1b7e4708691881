# Sorting by str keys (the ranked path for 24+ keys without surrogates): stability among equal
# keys, reverse=True keeping equal keys in order, many repeats, all distinct keys, empty and
# non-ASCII keys, and keys with astral characters (the general path, code-point order).
import random

rnd = random.Random(7)
syll = ["ka", "Lo", "mi", "NE", "su", "", "é", "z\u00ff", "\u4e2d"]
recs = [(rnd.choice(syll) + rnd.choice(syll), i) for i in range(400)]
by_name = sorted(recs, key=lambda r: r[0])
print(by_name[:6], by_name[-4:])
print(all(by_name[k][0] < by_name[k + 1][0] or (by_name[k][0] == by_name[k + 1][0] and by_name[k][1] < by_name[k + 1][1]) for k in range(len(by_name) - 1)))
rev = sorted(recs, key=lambda r: r[0], reverse=True)
print(rev[:6], rev[-4:])
low = sorted((r[0] for r in recs), key=str.lower)
print(low[:10], low[-5:])
distinct = ["w%05d" % ((i * 7919) % 1000) for i in range(1000)]
print(sorted(distinct, key=str.upper)[:5], sorted(distinct, key=lambda s: s[::-1])[:5])
astral = ["a\U0001F600", "a\uffff", "a\ue000", "a", "b", "a\U00010000"] * 6
print(sorted(astral, key=lambda s: s)[:8])
items = list(range(60))
items.sort(key=lambda i: "k%d" % (i % 7))
print(items)
items.sort(key=lambda i: "k%d" % (i % 5), reverse=True)
print(items)
