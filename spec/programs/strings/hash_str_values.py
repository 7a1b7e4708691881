# hash() of strs and bytes: CPython's SipHash-1-3 values (the corpus runs with
# PYTHONHASHSEED=0), for every length up to a few blocks and each internal width (1, 2 and 4
# bytes per code point, lone surrogates included); equal strs built in different ways hash
# equal; tuple hashes (which mix the str hash's halves) and set order follow.
samples = ["a", "é\xff", "\u4e00\u0101", "\U0001f600", "\ud800", "\udfff z", "\U00010000\u4e00a"]
for base in samples:
    print(ascii(base), [hash((base * 20)[:n]) for n in range(0, 19)])
for n in (31, 32, 33, 63, 64, 65, 200, 1000):
    print(n, hash("q" * n), hash("\u0100" * n), hash("\U00012345" * n), hash(("ab\udc00" * n)[:n]))
print([hash(bytes(range(n))) for n in range(0, 18)])
print(hash(b"x" * 1000), hash(bytearray(b"y" * 9).decode() + "z"))

# The same text built by concatenation, join, slicing, formatting, repetition and decoding.
word = "straße\u4e00\U0001f600"
built = [
    "stra" + "ße" + "\u4e00" + "\U0001f600",
    "".join(["s", "t", "r", "a", "ß", "e", "\u4e00", "\U0001f600"]),
    ("xx" + word + "yy")[2:-2],
    f"{'stra'}{'ße'}{chr(0x4e00)}{chr(0x1f600)}",
    "%s%s" % ("straße", "\u4e00\U0001f600"),
    "{}{}".format("straß", "e\u4e00\U0001f600"),
    word.encode("utf-8").decode("utf-8"),
    (word * 3)[len(word):2 * len(word)],
]
acc = ""
for ch in word:
    acc += ch
built.append(acc)
print(all(b == word for b in built), len({hash(b) for b in built}), hash(word))

# Tuples of strs: the tuple hash mixes the str hashes' halves.
print(hash(("a", "b")), hash(("straße", 1, ("x", "\U0001f600"))), hash(("",)), hash(("a" * 40, "b" * 9)))
print(hash(("ab" + "c", "d")) == hash(("abc", "d")), hash((acc, acc)) == hash((word, word)))

# Dict keys and set members built by concatenation find the literal ones.
d = {}
for i in range(200):
    d["key" + str(i % 50)] = i
print(len(d), d["key7"], d.get("ke" + "y49"), "key" + "50" in d)
pairs = {}
for i in range(100):
    k = ("w" + str(i % 7), "v" + str(i % 3))
    pairs[k] = pairs.get(k, 0) + 1
print(sorted(pairs.items())[:4], len(pairs))
members = set()
for w in ["alpha", "beta", "gamma", "delta", "a" + "lpha", "\u4e00x", "\U0001f600y", "eps" + "ilon", "zeta"]:
    members.add(w)
print(list(members))
print(list({("a", "b"), ("b", "a"), ("a" + "", "b")}))
