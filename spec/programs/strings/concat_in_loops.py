# `s += t` and `s = s + t` in loops, with len(), indexing, slicing, find and comparisons between
# the steps: a str grown from surrogate-free pieces, then given a lone surrogate or an astral
# character (short and long pieces, at the end or through a slice), must count and index by
# code points at every step. Also str subclasses, `+` with other types (errors and __radd__).
def grow(pieces, steps):
    s = "start-"
    out = []
    for i in range(steps):
        s += pieces[i % len(pieces)]
        out.append((len(s), s[-1], s[len(s) // 2], s.find("\ud800"), s.count("\U0001f600")))
        if len(s) > 60:
            s = s[30:]
    return s, out


cases = [
    ["a"],
    ["ab", "c"],
    ["a", "b", "\ud800"],
    ["x" * 20, "\U0001f600"],
    ["é", "\u4e00", "z" * 17],
    ["q" * 16, "\udc00" + "r" * 16],
    ["\U0001f600"],
]
for pieces in cases:
    s, out = grow(pieces, 150)
    print(ascii(pieces[:2]), ascii(s[-8:]), len(s), [ascii(o) for o in out[::37]])

# A built str first found free of surrogates, then extended with a surrogate in every way.
base = ""
for i in range(40):
    base += str(i % 10)
print(len(base), base[::7])
for tail in ["\ud800", "\udfff", "\U00010000", "x\ud83d", "\ude00y", "\U0001f600" * 8, "a" * 16 + "\U0001f600", "a" * 17 + "\ud800"]:
    n0 = len(base)  # (base is then the str last measured)
    t = base + tail
    n1 = len(t)
    n2 = len(base)
    u = base
    u += tail
    n3 = len(u)
    base[5]
    v = "".join([base, tail])
    print(ascii(tail), n0, n1, n3, len(v), t == u == v, ascii(t[-1]), ascii(u[40:]), t.find(tail), u.index(tail[-1]))

# Interleaving with other strs being measured between the steps.
a = "abcdefgh"
b = "\U0001f600" * 4
for i in range(5):
    a += "x"
    b += "y"
    print(len(a), len(b), len(a + b), a[-1], b[4], ascii(b[3:6]))
k = "same-len"
m = "sam\ud800len"
print(len(k), len(m), len(k + "!"), len(m + "!"), k[3], ascii(m[3]))

# String-building functions in a loop.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 200:
            s = s[100:].replace("9", "x")
    return s
r = build(5000)
print(len(r), r[:30], r.count("x"))

# += on a str subclass, and + with other types.
class S(str):
    pass

s = S("sub")
s += "-x"
print(type(s).__name__, s, len(s))

class R:
    def __radd__(self, other):
        return "radd:" + other

t = "abc"
t += R()
print(t)
for bad in (1, None, b"x", ["l"]):
    try:
        q = "abc"
        q += bad
    except TypeError as e:
        print("TypeError", e)
