# hash() of strs (SipHash-1-3 over the 1-, 2- or 4-byte representation, PYTHONHASHSEED=0):
# lengths around the 8-byte block boundary, Latin-1, BMP, astral and lone-surrogate text,
# long strs, and the iteration order of a set of strs, which follows the hashes.
samples = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "é", "ÿÿÿÿÿÿÿÿÿ", "caf\u00e9 au lait",
           "\u0100", "中文字符", "a中", "\U0001F600", "x\U0001F600y", "\ud800", "a\udfffb",
           "\u00ff\u0100", "0123456789" * 30, "\u00e9" * 1000, "\u4e2d" * 333 + "z", "\U0001F600" * 77]
for s in samples:
    print(len(s), hash(s))
words = {f"w{i}" for i in range(40)} | {"é", "中", "\U0001F600", ""}
print(list(words))
print(hash(("a", "é", "中")), hash(frozenset({"x", "y"})) == hash(frozenset({"y", "x"})))
