# str.replace: counts, no match, overlapping candidates, empty old, whole-string matches,
# astral characters and lone surrogates (which never match half of a surrogate pair).
s = "hello world, hello all"
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("hello", "", 0))
print(s.replace("l", "L", -1), s.replace("l", "L", 2), s.replace("zz", "y"), s.replace(s, "all"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "abab".replace("ab", "abab"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("a$b$&c".replace("$", "$$"), "x.y.z".replace(".", "$1"))
emoji = "a\U0001F600b\U0001F600"
print(emoji.replace("\U0001F600", "E"), emoji.replace("b", "\U0001F601"), emoji.replace("", "|"))
lone_hi, lone_lo = "\ud83d", "\ude00"
print(ascii(emoji.replace(lone_hi, "H")), ascii(emoji.replace(lone_lo, "L")))
mixed = "\ud83d" + "x" + "\U0001F600" + "\ude00"
print(ascii(mixed.replace(lone_hi, "H")), ascii(mixed.replace(lone_lo, "L")))
print(ascii(mixed.replace(lone_hi + "x", "Q")), ascii(("\U0001F600" * 3).replace("\ude00\ud83d", "-")))
print(ascii(("\ud83d" + "\U0001F600").replace("\ud83d", "_", 1)))
t = "path/to/some/file.txt"
for old in ("/", "o", "file", "txt", "t"):
    print(t.replace(old, "\\"), t.replace(old, "", 1), t.count(old))
class S(str):
    pass
r = S("abcabc").replace("b", "B")
print(r, type(r).__name__, type(S("abc").replace("z", "y")).__name__)
for bad in ((1, "a"), ("a", None), ("a", "b", "c")):
    try:
        "abc".replace(*bad)
    except TypeError as e:
        print("TypeError", e)
for call in (lambda: "a".removeprefix(None), lambda: "a".find(None), lambda: "a".encode(None),
             lambda: "a".encode("utf-8", None), lambda: b"a".decode(None), lambda: b"a".decode("utf-8", None)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
