# hash() of strs and of tuples holding strs (CPython's values under PYTHONHASHSEED=0), repeated
# so memoised hashes are re-read; long strs; str subclasses with their own __hash__ in tuples.
words = ["", "a", "ab", "abc", "hello", "é", "日本語", "😀", "x😀y", "tab\tnew\nline", "9" * 40]
for _ in range(3):
    print([hash(w) for w in words])
    print([hash((w, i)) for i, w in enumerate(words)])
    print(hash(tuple(words)), hash((tuple(words), words[3])))
long = "".join(str(i) for i in range(20000))
print(hash(long), hash(long) == hash(long[:] + ""), hash(long[1:]))
print(hash(("long", long)), hash((long,)) == hash((long[:10] + long[10:],)))


class H(str):
    def __hash__(self):
        return 7


class Plain(str):
    pass


print(hash((H("abc"), 1)), hash((Plain("abc"), 1)) == hash(("abc", 1)), hash(H("x")))
d = {("a", "b"): 1, ("b", "a"): 2}
for k in [("a", "b"), ("b", "a"), ("a" + "", "b"), ("c", "a")]:
    print(k, d.get(k))
s = {("w%d" % (i % 50), i % 3) for i in range(1000)}
print(len(s), sorted(s)[:4])
