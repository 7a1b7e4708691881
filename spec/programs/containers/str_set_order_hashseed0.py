print(hash("a"), hash("hello world"), hash("é"), hash("日本"), hash("😀x"), hash(b"abc") == hash("abc"), hash(b"abcdefghijk"), hash(""), hash("12345678"))
print({"apple", "banana", "cherry", "date"}, set("mississippi"), frozenset(["x", "y", "z"]))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words), {w.upper() for w in words})
print({("a", 1), ("b", 2), ("c", 3)}, hash(("a", 1)))
s = set()
for i in range(50):
    s.add("k" + str(i))
print(s)
print({"é", "ü", "日", "x"}, {b"a", b"bb", b"ccc"})
d = {"x": 1, "y": 2}
print(set(d), d.keys() | {"z"})
