# upper() and title() of recurring short strs (memoised) and of long ones: ASCII, special
# casing (ß, ŉ, ﬁ), Greek, titlecase digraphs, astral letters, str subclasses, indexing.
words = ["alpha", "ßtraße", "ŉ", "ﬁne", "σίσυφος", "ǆemal", "hello world", "x1y2", "", "ABC",
         "\U00010428\U00010429", "o'neil's", "dž", "ǳ", "ⓐⓑ", "Ǆ"]
for _ in range(3):
    print([w.upper() for w in words])
    print([w.title() for w in words])
long = "the quick ßrown fox " * 10
print(long.upper()[:50], long.title()[-30:], len(long.upper()))


class S(str):
    pass


print(S("abc").upper(), type(S("abc").upper()).__name__, S("ab cd").title())
s = "hello"
print(s[1], s[-1], s[True], s[1:3], s[::-2])
try:
    s[1.0]
except TypeError as e:
    print(e)
try:
    s[10]
except IndexError as e:
    print(e)
