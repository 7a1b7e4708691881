s = "Hello"
print(s[0], s[-1], s[1:3], s * 2, s + "!", len(s), "ell" in s, s.lower() == "hello", s.__len__(), s.__getitem__(1))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" - "a"
except TypeError as e:
    print("TypeError:", e)
try:
    int("3.5")
except ValueError as e:
    print("ValueError:", e)
try:
    "{}".format
    "{0:>{1}}".format("x", "y")
except ValueError as e:
    print("ValueError:", e)
print("{:>{w}}".format("x", w=4), "{:{f}}".format(3.14159, f=".2f"), "{0[a]}".format({"a": 5}))
print("ä".encode(), "\u00e4" == "ä", "\N{BULLET}" if True else "", len("😀"), "😀"[0], ord("😀"), "a😀b"[::-1], "😀".encode("utf-8"))
print("tab\there", repr("tab\there"), repr("nl\n"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x7f\x80\u200b"), repr("\\"))
print(str(123), str(-4.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}), repr("a\u0301"))
print("a b c".split(" ", 1), "a,b;c".replace(",", ";").split(";"), "  x  ".lstrip(), "xyx".strip("x"), "abc".center(7, "-"))
print("abc".find(""), "abc".rfind(""), "".find("a"), "aaa".count("aa"), "abcabc".index("c", 3), "hello world".title(), "o'neil".title())
print("Ǆ".lower(), "ǆ".title(), "ß".casefold(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "Σ".lower(), "ΑΣ".lower())
print("x".isascii(), "é".isascii(), "Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal(), " \t\n".isspace(), "\u00a0".isspace(), "a_1".isidentifier())
print("%-10s|%10s|" % ("left", "right"), "%05.1f" % 3.14159, "%+.2e" % 12345.6789, "%x %X %#x" % (3054, 3054, 3054), "%o" % 8, "%i" % 3)
print("abc" == "abc", "abc" is not "abd", "a" < "b", "Z" < "a", "" < "a", "abc" >= "abc", sorted(["b", "A", "a", "B"]))
print(" ".join(map(str, range(5))), ",".join("abc"), "".join(reversed("abc")), "-".join(["x"]))
print("Mississippi".replace("ss", "SS", 1), "aaa".replace("a", "b", -1), "abc".replace("b", ""), "a.b.c".rsplit(".", 1), "a.b.c".split(".", maxsplit=1))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h".splitlines())
print("abc".startswith(""), "abc".endswith(("x", "c")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
print(str.lower("ABC"), "abc".upper().lower(), "a".zfill(3), "-1".zfill(4), "+1".zfill(4), "abc".zfill(2))
print("{!r}".format("é"), "{!a}".format("é"), ascii("é\n"), ascii(["é"]), repr(["é"]))
print("%s" % [1, 2], "%s %s" % ("a", "b"), "%(k)s" % {"k": [1]}, "%.2s" % "abc", "%5.1s|" % "xyz", "%r" % (1,))
print("abc".translate({97: "A", 98: None}), "abc".translate(str.maketrans("ab", "xy")), str.maketrans("a", "b", "c"))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
print("hello"[::2], "hello"[::-2], "hello"[-3:], "hello"[:-3], "hello"[1:-1:2], "hello"[10:], "hello"[-10:2])
it = iter("ab")
print(next(it), next(it), next(it, None), list("é😀"), "".join(sorted("hello")), "hello".index("l"), "hello".rindex("l"))
print("a" "b" 'c', """tri
ple""", '''x''', "\x41\u0042\U00000043\103", len("\0"), "\t".expandtabs(3), "a\tb".expandtabs(0))
print(f"{'x'!r:^7}", f"{'abc':.1}", f"{12:>+5}", f"{'s':*<4}", f"{3.5:=+8.2f}", f"{-3:=8}", f"{1e3:,.0f}", f"{123:_b}")
print(format("abc", "^7"), format(0.5, "%"), format(12, "c") if False else "", format(-12.5, " .1f"), format(12.5, "+"), format(1.0, ""), format(1e16, ""), format(1.5e-5, ""))
