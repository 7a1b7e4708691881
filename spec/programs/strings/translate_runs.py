# str.translate: each code point looked up once, unchanged runs copied whole; dict and other
# tables, astral characters, lone surrogates, and the errors in their order.
t = str.maketrans("abc", "xyz", "d")
for s in ("", "abcd", "hello world", "dddd", "zzz", "a😀b", "😀😀", "x\ud800y", "\udc00a", "abc" * 30 + "q"):
    print(ascii(s.translate(t)), s.translate({}) == s, ascii(s.translate({ord("😀"): "<smile>", ord("a"): 0x1F600, 0xd800: None})))
print("aXa".translate({ord("a"): "a", ord("X"): "XX"}), "abc".translate({97: True, 98: False}))

class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            raise KeyError(k)
        if k == ord("i"):
            raise IndexError(k)
        if k == ord("o"):
            raise LookupError(k)
        return chr(k).upper()

print("hello opinion".translate(Table()), "xyz".translate([None] * 200), "abc".translate("XYZ" * 40))

class Bad:
    def __getitem__(self, k):
        raise ValueError("bad %d" % k)

for table in ({97: -1}, {97: 0x110000}, {97: 1.5}, {97: b"x"}, Bad(), 5):
    try:
        print("abc".translate(table))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Counting(dict):
    pass

c = Counting({ord("a"): "1"})
print("banana".translate(c), type("x".translate({})).__name__)

class S(str):
    pass

r = S("abc").translate({})
print(type(r).__name__, r)
