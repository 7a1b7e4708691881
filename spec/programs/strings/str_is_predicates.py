# str.is*() over every ASCII char, ASCII strs of several shapes, and strs that mix ASCII with
# non-ASCII chars before, after and between (the ASCII table answers until the first non-ASCII).
preds = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isprintable",
         "isidentifier", "islower", "isupper", "istitle", "isascii"]
for name in preds:
    f = getattr(str, name)
    print(name, "".join("1" if f(chr(c)) else "0" for c in range(128)))

samples = ["", "a", "Z", "0", "_", " ", "\t\n", "\x1c\x1f", "abc", "ABC", "aBc", "a1", "1a",
           "_a1", "a b", "Hello World", "Hello world", "HELLO World", "hello World", "123",
           "12.5", "A1B2", "a_b", "x y", "  ", "\x7f", "~!", "Ab Cd", "A", "'Ab'", "1A",
           "é", "aé", "éa", "a1é", "Éa", "Ab Éc", "ß", "ǅ", "ǅa", "Aǅ", "²", "1²", "٣", "a٣",
           "\u3000", " \u3000", "\xa0a", "ﬁ", "Σa", "aΣ", "ab\u0301", "x\u200b", "ⅷ", "Ⅷ", "ⅧA",
           "_é", "é_", "1é", "\ud800", "a\ud800", "𝐀", "a𝐀", "𝐀a", "𝟙", "1𝟙", "\U0001F600"]
for s in samples:
    print(ascii(s), "".join("1" if getattr(s, name)() else "0" for name in preds))

class S(str):
    pass
print(S("abc").isalpha(), S("ab1").isalpha(), S("").isspace(), S(" \t").isspace())
try:
    "abc".isalpha(1)
except TypeError as e:
    print(type(e).__name__, e)
