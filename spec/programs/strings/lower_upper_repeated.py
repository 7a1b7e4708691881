# lower()/upper()/title() of the same strs many times (results are memoised for short strs),
# with the special cases: final sigma, dotted I, ß, ligatures, long strs, str subclasses.
words = ["Hello", "WORLD", "ΟΔΟΣ", "ΑΣ ΑΣ", "İstanbul", "straße", "ﬁne", "Ǆemal", "ABC" * 30, "", "x", "MiXeD 123 ÀÉ"]


class S(str):
    pass


out = []
for i in range(3000):
    w = words[i % len(words)]
    out.append((w.lower(), w.upper(), w.title()))
    if i < len(words):
        print(repr(w.lower()), repr(w.upper()), repr(w.title()), len(w.lower()))
print(len(out), out[-1][0][:10], type(S("AbC").lower()).__name__, S("AbC").lower())
print(sum(len(a) + len(b) + len(c) for a, b, c in out))
