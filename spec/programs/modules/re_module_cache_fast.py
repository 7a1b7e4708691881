# re's module functions look an exact-str pattern with flags 0 up by the pattern alone; other
# flags, flag types and pattern types take the keyed cache. Pattern.match/search/fullmatch and
# findall take exact strs and int positions directly.
import re

p1 = re.compile(r"ab+")
print(re.compile(r"ab+") is p1, re.compile(r"ab+", re.I) is p1, re.compile(r"ab+", 0) is p1)
print(re.match(r"ab+", "ABBB"), re.match(r"ab+", "ABBB", re.I).group(), re.match(r"ab+", "ABBB", False))
print(re.match(r"ab+", "abbb", re.RegexFlag(0)).group(), re.search(r"b+", "abbb", flags=0).span())
print(re.findall(b"b+", b"abbab"), re.findall("b+", "abbab"))
re.purge()
p2 = re.compile(r"ab+")
print(p2 is p1, p2 == p1, re.compile(r"ab+") is p2)
try:
    re.match(["ab"], "ab")
except TypeError as e:
    print("TypeError", e)
try:
    re.match(r"(", "ab")
except re.error as e:
    print("error", e)
try:
    re.compile(p1, re.I)
except ValueError as e:
    print("ValueError", e)


class S(str):
    def __getitem__(self, k):
        return "sub"


class Idx:
    def __index__(self):
        return 2


r = re.compile(r"\w")
for args in [(0,), (2,), (-3,), (2, 4), (1, -1), (2**62,), (-2**62,), (0, 2**62), (0, -2**62), (2**63 - 1,), (0, -2**63), (True,), (Idx(),), (Idx(), Idx())]:
    print([a if type(a) is int else type(a).__name__ for a in args], r.findall("abcdef", *args), r.search("abcdef", *args), r.match("abcdef", *args), r.fullmatch("ab", *args))
print(r.findall(S("xyz")), r.findall(S("xyz"), 1), r.search(S("xyz")).group())
for bad in [1.5, "1", None]:
    try:
        r.findall("abc", bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        r.match("abc", 0, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    r.findall(b"abc")
except TypeError as e:
    print("TypeError", e)
try:
    r.search(b"abc")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(rb"\w").fullmatch("abc")
except TypeError as e:
    print("TypeError", e)
print(re.compile(rb"\w+").match(bytearray(b"ab c")).group(), re.compile(rb"\w").findall(memoryview(b"ab"), 1))
# Many patterns: the cache evicts and stays right.
acc = 0
for i in range(600):
    acc += len(re.findall("a{%d}" % (i % 7 + 1), "a" * 20))
    acc += re.match("x%d|a" % i, "abc").end()
print(acc)
