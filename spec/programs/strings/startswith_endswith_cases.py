# startswith/endswith: whole-string checks, start/end windows, tuples of candidates, the empty
# prefix, and astral characters next to lone surrogates (a surrogate is not half of a pair).
# (A str holding a high then a low lone surrogate is one astral character in Dyad: not here.)
cases = ["", "a", "abc", "abcabc", "héllo wörld", "x\U0001F600y", "\U0001F600", "\U0001F600\U0001F601",
         "\ud83d", "a\ude00", "\ud83dz"]
subs = ["", "a", "ab", "c", "bc", "abc", "abcabcx", "\U0001F600", "\ud83d", "\ude00", "y", "x\ud83d",
        "\ude00y", "z", "\U0001F601"]
for s in cases:
    row = []
    for sub in subs:
        row.append("%d%d" % (s.startswith(sub), s.endswith(sub)))
    print(ascii(s), " ".join(row))
for s in cases:
    print(ascii(s), [(s.startswith(sub, 1), s.endswith(sub, 0, -1), s.startswith(sub, -2, 5))
                     for sub in ("", "b", "\ude00", "\U0001F600")])
print("hello".startswith(("x", "he")), "hello".endswith(("lo", "x")), "hello".endswith(()))
for bad in (1, ["a"], ("a", 2), None):
    for m in ("startswith", "endswith"):
        try:
            getattr("abc", m)(bad)
        except TypeError as e:
            print(m, type(e).__name__, e)
try:
    "abc".startswith()
except TypeError as e:
    print(e)
try:
    "abc".endswith("a", 1, 2, 3)
except TypeError as e:
    print(e)
words = [f"w{i % 97}" for i in range(1000)]
print(sum(w.endswith("3") for w in words), sum(w.startswith("w1") for w in words))
