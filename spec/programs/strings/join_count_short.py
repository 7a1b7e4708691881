# str.join of a few items (concatenated) and of many, with non-str items, and str.count of one
# character (a scan) against the general path: slices, surrogates, overlapping subs.
parts = ["a", "bb", "", "ccc", "\u00e9", "\U0001F600"]
for n in (0, 1, 2, 5, 6):
    print(repr("-".join(parts[:n])), repr("".join(parts[:n])), len("::".join(parts[:n] * 5)))
print(len(",".join(["x"] * 24)), len(",".join(["x"] * 25)), ",".join(str(i) for i in range(30))[-20:])
for bad in (["a", 1], ["a"] * 30 + [None], ("x", b"y")):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
s = "abracadabra \u00e9\u00e9 \U0001F600\U0001F600 x"
for sub in ("a", "b", " ", "\u00e9", "\U0001F600", "zz", "ab", "aa", "", "\ud83d"):
    print(repr(sub), s.count(sub), s.count(sub, 3), s.count(sub, 2, -4), ("aaaa" + s).count(sub))
lone = "x\ud800y\ud800"
print(lone.count("\ud800"), lone.count("x"), lone.count(""))
w = "a,b,,c," * 50
print(w.count(","), w.count(",,"), w.count("a"))
