s = "Hello, World"
print(s.center(20, '*'), s.ljust(15, '-'), s.rjust(15, '.'))
print(s.zfill(15), "-42".zfill(6), "+7".zfill(4))
print(s.partition(", "), s.rpartition("o"), s.partition("zz"))
print(s.split("o", 1), s.rsplit("o", 1), "a  b   c".split(), " x ".split(" "))
print("a,b,,c".split(","), "".split(), "".split(","))
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", 5, 7), s.index("W"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count(""), s.count("l", 4))
print(s.startswith(("He", "x")), s.endswith("ld", 0, 12), s.startswith("lo", 3))
print("  pad  ".strip(), "xxhixx".strip("x"), "abcab".lstrip("ab"), "abcab".rstrip("ab"))
print("hello world foo".title(), "HeLLo".swapcase(), "hello".capitalize(), "ß".upper(), "ǅ".lower())
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "  ".isspace(), "Ab Cd".istitle(), "".isalpha())
print("abc".isidentifier(), "1abc".isidentifier(), "ABC".isupper(), "abc".islower(), "½".isnumeric(), "½".isdigit(), "١".isdecimal())
print("-".join(["a", "b", "c"]), "".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs())
print("one\ntwo\r\nthree".splitlines(), "one\ntwo\n".splitlines(True))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"))
print("abc".removeprefix("a"), "abc".removesuffix("c"), "abc".removeprefix("z"))
t = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(t), t)
print(str.maketrans({"a": "1", "b": None}))
print("%s is %d years and %.2f %r %x %o %e %5s|%-5s|" % ("Bob", 42, 3.14159, "x", 255, 8, 12345.678, "ab", "cd"))
print("%(a)s-%(b)d" % {"a": "A", "b": 3}, "%%", "%c%c" % (65, "B"))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
print("casefold", "Straße".casefold())
print("x".join("abc"), "abc" * 3, 3 * "ab", "ab" * 0, "ab" * -1)
print("abc" < "abd", "abc" < "ab", "B" < "a", min("hello"), max("hello"))
