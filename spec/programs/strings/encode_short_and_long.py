# str.encode for the codecs with a fast path (utf-8, ascii, latin-1): ASCII, two-, three- and
# four-byte characters, surrogate pairs in short and long strings, lone surrogates (errors and
# handlers), and the same strings past the short-string length.
samples = ["", "a", "hello world", "h\xe9llo", "\u20ac5", "\u4e2d\u6587", "a\U0001F600b",
           "\U00010348", "\x7f\x80", "\u07ff\u0800\uffff"]
for s in samples:
    for t in (s, s * 60):
        b = t.encode()
        print(len(t), len(b), b[:12], b.decode() == t, t.encode("utf-8") == b)
for s in ["abc", "caf\xe9", "\u20ac"]:
    for codec in ("ascii", "latin-1"):
        try:
            print(codec, s.encode(codec))
        except UnicodeEncodeError as e:
            print(codec, "UnicodeEncodeError:", e)
for s in ["x\ud800y", "\udc00", "ab\ud83d", "q" * 300 + "\ud800"]:
    try:
        print(len(s.encode()))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e.reason, e.start, e.end)
    print(s.encode("utf-8", "surrogatepass")[:8], s.encode("utf-8", "replace")[-4:], s.encode(errors="ignore")[-3:])
n = 0
for i in range(5000):
    n += len(("k%d\xe9\u20ac" % i).encode())
print(n)
