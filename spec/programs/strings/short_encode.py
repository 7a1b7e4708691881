s = "naïve café"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode("utf-8") == s)
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), b.decode("ascii", "replace"), b.decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
    print(e.start, e.end, e.reason, e.encoding)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(str(b"abc", "ascii"), str(bytearray(b"x"), encoding="utf-8"))
try:
    str(b"abc", "nope")
except LookupError as e:
    print(e)
print("\u00e9" == "é", "\N{BULLET}", "\x41\101", r"\n raw", len("\t"), "a\0b".split("\0"))
