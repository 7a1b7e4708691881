# str.title() and str.encode() on long texts (over a thousand characters): ASCII text, text
# with a non-ASCII character near the end, and text that cannot be encoded -- the same
# results and errors as short texts give.
words = "they're bill's 3rd-rate a1b2 HELLO wORLD mc_donald x"
long_ascii = " ".join([words] * 60)
print(len(long_ascii), long_ascii.title()[:90])
print(long_ascii.title()[-60:], long_ascii.title() == " ".join([words.title()] * 60))
print(long_ascii.title().istitle(), ("q" * 5000).title()[:3], ("Q" * 5000).title()[-3:])
late = long_ascii + " straße ǆemal"
print(late.title()[-20:], len(late.title()))

for text in [long_ascii, "é" + long_ascii, long_ascii + "é", long_ascii + "\U0001F600", "\x7f" * 1500, "\x80" * 1200]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        try:
            b = text.encode(enc)
            print(enc, len(b), b[:12], b[-6:])
        except UnicodeEncodeError as e:
            print(enc, type(e).__name__, e.start, e.end, e.reason)
    print("  replace:", len(text.encode("ascii", "replace")), "ignore:", len(text.encode("ascii", "ignore")))

bad = long_ascii + "\udc80" + "tail"
try:
    bad.encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
print(len(bad.encode("utf-8", "surrogateescape")), bad.encode("utf-8", "backslashreplace")[-12:])
print(bytes(long_ascii, "utf-8")[:5], bytearray(long_ascii, "ascii")[-5:], len(long_ascii.encode("utf-16")))
print(long_ascii.encode().decode() == long_ascii, hash(long_ascii.encode()) == hash(long_ascii.encode()))
