# str.split / rsplit with a separator: maxsplit, adjacent and edge separators, multi-char
# separators, astral characters and lone surrogates (never matching half of a pair); bytes too.
s = ",a,,b,c,"
print(s.split(","), s.split(",", 1), s.split(",", 0), s.split(",", -1), s.rsplit(",", 2))
print("a--b---c".split("--"), "abc".split("abc"), "abc".split("abcd"), "".split(","))
print("x|y|z".split(sep="|", maxsplit=1), "k=v=w".partition("="), "k=v=w".rpartition("="))
e = "a\U0001F600b\U0001F600c"
print(e.split("\U0001F600"), e.split("b"), e.rsplit("\U0001F600", 1))
print([ascii(p) for p in e.split("\ud83d")], [ascii(p) for p in e.split("\ude00")])
m = "\ud83dx\U0001F600\ude00y"
print([ascii(p) for p in m.split("\ud83d")], [ascii(p) for p in m.split("\ude00")])
print([ascii(p) for p in ("\U0001F600" * 2).split("\ude00\ud83d")])
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a b  c".split())
row = "00001|alpha     |       0.143|0x25"
print([w.strip() for w in row.split("|")], row.split("|", 2)[-1])
for bad in ("", 5):
    try:
        "abc".split(bad)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
