# len(), indexing and slicing of strs built piece by piece (+=, join, slices), short and long,
# with astral characters (two UTF-16 units in JS) and lone surrogates first, inside and last:
# the counts are code points, whatever the pieces were. (Not here: a lone high surrogate
# followed by a lone low one, which a JS string cannot tell from the pair of one astral
# character.)
pieces = ["a", "é", "\u4e00", "\U0001f600", "\ud800", "\udc00", "xyz", "\U00010000\U0010ffff"]


def grow(first, filler, n):
    s = first
    lens = []
    for i in range(n):
        s += filler[i % len(filler)]
        lens.append(len(s))
    return s, lens


for first in pieces:
    for filler in (["b"], ["b", "\U0001f600"], ["\ud800", "c"], ["c", "\udc00"]):
        if first == "\ud800" and filler[0] == "c":
            continue
        s, lens = grow(first, filler, 300)
        print(ascii(first), ascii(filler), lens[4], lens[5], lens[6], lens[100], lens[254], lens[-1],
              ascii(s[0]), ascii(s[5]), ascii(s[-1]), ascii(s[250:256]), len(s[3:260]))

t = "\U0001f600" * 60
print(len(t), len(t + "\ud800"), len("\udc00" + t), len((t + "q")[59:62]))
for n in (5, 6, 7, 255, 256, 257):
    u = "\U0001f600" + "z" * (n - 1)
    v = "z" * (n - 1) + "\udfff"
    print(n, len(u), len(v), len(u + v), ascii(u[1]), ascii(v[-1]), len("".join([u, v, u])))
