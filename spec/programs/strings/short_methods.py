s = "  Hello, World! Hello!  "
print(s.strip().split(", "), s.count("Hello"), s.find("World"), s.rfind("Hello"), s.index("!"))
print(s.strip().lower().replace("hello", "bye"), s.lstrip(), s.rstrip() + "|")
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("-".join(["x", "y"]), "".join(reversed("abc")), "abc"[::-1], "title me please".title())
print("CamelCaseString".swapcase(), "hello".capitalize(), "ß".upper(), "ǅ".lower(), "Straße".casefold())
print("42".zfill(5), "-42".zfill(5), "x".center(7, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "hello".partition("l"), "hello".rpartition("l"))
print("a1".isalnum(), "٣".isdigit(), "½".isnumeric(), "x y".isidentifier(), "  ".isspace(), "Ab Cd".istitle())
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True), "tab\there".expandtabs(4))
print("hello world".translate(str.maketrans("lo", "01", "h")), str.maketrans({"a": "b"}))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("z"))
print("%s" % [1, "a"], str(b"x"), repr("it's"), repr('say "hi"'), repr("both ' and \""), ascii("é✓"))
print("abc" * 0, "ab" < "b", "a" < "B", sorted(["b", "A", "a", "B"]), sorted(["b", "A"], key=str.lower))
print(ord("€"), chr(8364), "€".encode(), len("𝄞"), "𝄞".encode("utf-16-le").hex())
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(e)
try:
    "a".join([1, 2])
except TypeError as e:
    print(e)
