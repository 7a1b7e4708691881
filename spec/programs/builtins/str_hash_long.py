# hash() of strs long enough for the bulk ASCII copy (64 chars and up), next to strs whose
# widest char makes them 1 (Latin-1), 2 or 4 bytes per code point, at several lengths and
# positions; bytes of the same lengths. CPython's values under PYTHONHASHSEED=0.
base = "".join(chr(32 + (i * 7) % 95) for i in range(300))
for n in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 71, 72, 73, 100, 128, 255, 256, 257, 300]:
    s = base[:n]
    print(n, hash(s), hash(s.encode()))
for n in [64, 65, 100, 200]:
    for pos in [0, n // 2, n - 1]:
        for ch in ["\xe9", "\xff", "\x80", "\u0100", "\u20ac", "\U0001F600", "\ud800", "\udfff"]:
            s = base[:pos] + ch + base[pos + 1:n]
            print(n, pos, ascii(ch), hash(s))
long = base * 40
print(hash(long), hash(long) == hash(base * 40), hash(long + "\xe9"), hash(long[1:]))
print(hash(("x" * 64, "y" * 100)), {"a" * 70: 1}["a" * 70])
