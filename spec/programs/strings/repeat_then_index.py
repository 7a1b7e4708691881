# str * n: a result known free of surrogates skips the scan; one with astral characters
# (surrogate pairs inside) still counts and indexes by code point.
cases = ["ab", "-", "xyz123", "é", "😀", "a😀", "😀b" * 2, "\U0010ffff", "", "abcdefghijklmnopq"]
for s in cases:
    for n in (0, 1, 2, 3, 7, 40):
        r = s * n
        r2 = n * s
        print(repr(s), n, len(r), r == r2, r[:5], r[-3:], r[len(r) // 2] if r else None, r[::7][:6], r.count(s[:1]) if s else 0)
acc = 0
for i in range(200):
    r = "ab😀"[i % 3:] * (i % 9)
    acc += len(r) + (ord(r[-1]) if r else 0) + len(r[1:5])
    t = "-" * (i % 40)
    acc += len(t) + len(t + "😀") + len("😀" + t)
print(acc)
