b = bytearray(b"hello world")
b[0:5] = b"HELLO!"
print(b, len(b))
b[::2] = b"x" * len(b[::2])
print(b)
try:
    b[::2] = b"ab"
except ValueError as e:
    print("ValueError:", e)
del b[1:3]
print(b, b.pop(), b.pop(0), b)
b.extend([65, 66]); b.insert(-1, 67); b.remove(ord("x"))
print(b, b.find(b"AB"), b.rfind(67), b.count(b"x"), b.index(b"A"))
try:
    b.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    b.remove(0)
except ValueError as e:
    print("ValueError:", e)
print(bytes.fromhex("de ad BE EF"), b"\xde\xad".hex(), b"\xde\xad\xbe".hex(":", 2), b"abc".hex("-"))
print(b"a,b,,c".split(b","), b"  a b ".split(), b"abc".partition(b"b"), b"x".join([b"1", bytearray(b"2")]))
print(b"Hello".swapcase(), b"hello world".title(), b"abc".center(7, b"*"), b"12".zfill(5), b"a\tb".expandtabs(4))
print(bytes(3), bytes([1, 2]), bytes("é", "utf-8"), bytes(range(3)), b"%d-%s-%r" % (5, b"x", b"y"), b"%05.1f" % 2.25)
try:
    bytes("é")
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"abc"[1], b"abc"[1:], list(b"ab"), b"a" * 3, b"b" in b"abc", 98 in b"abc", b"abc" < b"abd", b"" == bytearray())
print(memoryview(b"abcd")[1:3].tobytes(), memoryview(bytearray(b"ab")).tolist(), bytes(memoryview(b"xy")))
print("é".encode(), "é".encode("latin-1"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), "€".encode("ascii", "ignore"), "ü".encode("ascii", "xmlcharrefreplace"), "ü".encode("ascii", "backslashreplace"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
s = "The quick brown fox"
print(s.split(None, 2), s.rsplit(" ", 1), s.splitlines(), "a\r\nb\rc\nd\x0be\x1cf".splitlines(), "a\nb\n".splitlines(True))
print(s.partition("q"), s.rpartition("o"), s.partition("zz"), s.find("o", 13), s.rindex("o"), s.count("o", 0, 13))
print("  x ".strip(), "xxhixx".strip("x"), "abc".lstrip("ba"), "hello".removeprefix("he"), "hello".removesuffix("lo"))
print("ab".center(7, "-"), "ab".ljust(5, "."), "-42".zfill(6), "+4".zfill(4), "a\tbc\td".expandtabs(4), "TiTle CaSe".swapcase())
print("hello world".title(), "they're bill's".title(), "ßtraße".upper(), "ß".casefold(), "ǅ".lower(), "İ".lower().__len__())
print("abc".translate(str.maketrans("ab", "xy", "c")), "abc".translate({97: None, 98: "BB"}), str.maketrans({"a": 1}))
print("x".join(["a", "b"]), ",".join("abc"), "1,2,,3".split(","), "".split(","), " ".split(" "), "a  b".split(" "))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".isalpha(), "a1".isalnum(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), " \t".isspace(), "Ab Cd".istitle(), "_a1".isidentifier(), "\x7f".isprintable())
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("abcdef"[::-2], "abcdef"[-2:-5:-1], "abc"[5:], "abc"[-10:2], "héllo"[1], len("𝄞"), "a" "b", "ab" * 0, "-" * -1)
print("a" < "b" < "c", "Z" < "a", "abc" < "abd", "ab" < "abc", [1, 2] < [1, 3], (1, "a") < (1, "b"), [1] < [1, 0])
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
lst = list(range(10))
lst[2:5] = ["a"]
print(lst)
lst[::3] = "WXYZ"[:len(lst[::3])]
print(lst)
del lst[::2]
print(lst)
lst[len(lst):] = [99]
lst[:0] = [-1]
print(lst, lst[100:], lst[-100:1])
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    lst[20] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
a = [1, 2, 3]
a[1:2] = a
print(a)
a = [1, 2]; a *= 2; a.extend(a); print(a, a.copy() == a, a.copy() is a)
x = [[0] * 2] * 2; x[0][0] = 1; print(x)
print([1, 2, 3].__reversed__().__next__(), list(reversed([1, 2])), [3, 1, 2].sort(), sorted({3: 1, 1: 2}))
print(set([1, 2]) | {3}, {1, 2} & {2}, {1, 2} - {1}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, {1, 2} > {1}, {1}.isdisjoint({2}), frozenset({1}) == {1})
s = {1, 2, 3}
s -= {1}; s |= {4}; s &= {2, 4, 5}; s ^= {9}
print(sorted(s), s.pop() in (2, 4, 9), len(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2}.difference(), set("aab") == {"a", "b"}, {1, 1.0, True})
d = {"a": 1, "b": 2}
print(d.keys() & {"a"}, d.keys() | ["c"], d.items() - {("a", 1)}, list(d.values()), d.keys() == {"a", "b"}, "a" in d.keys(), ("a", 1) in d.items())
print(dict.fromkeys("ab", 0), d.setdefault("c", 3), d.pop("c"), d.pop("zz", None), d.popitem(), d, {**d, "z": 0}, dict(zip("xy", (1, 2))))
try:
    d.pop("q")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
dd = {}
try:
    for k in {1: 1, 2: 2}.items():
        dd = {1: 1}
        for kk in dd:
            dd[kk + 5] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ss = {1, 2}
    for v in ss:
        ss.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict([("a", 1)], b=2), dict({"a": 1}, a=3), list({1: 0, 2: 0}), {1: "a", True: "b", 1.0: "c"})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
