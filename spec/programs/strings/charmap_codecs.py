# Single-byte codecs: round trips, aliases, error handlers and their error reports.
import codecs

text = "Caf\u00e9 \u20ac10 \u03a9\u03bc\u03ad\u03b3\u03b1 \u041f\u0440\u0438\u0432\u0435\u0442 \u00f1 \u00e6"
for enc in ["cp037", "cp1251", "iso8859-15", "ISO-8859-7", "latin9", "Windows-1251",
            "koi8_r", "mac-roman", "cp1252", "cp437", "IBM850", "cp1250", "iso-8859-2"]:
    b = text.encode(enc, "replace")
    print(enc, codecs.lookup(enc).name, b.hex(), b.decode(enc))

for enc in ["cp1252", "cp037", "iso8859-7"]:
    try:
        "ab\u1234\u1235c".encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.encoding, e.start, e.end, e.reason)
    print("ab\u1234c".encode(enc, "ignore"), "ab\u1234c".encode(enc, "backslashreplace"),
          "ab\u1234c".encode(enc, "xmlcharrefreplace"))

for data, enc in [(b"\x81\x8d\x41", "cp1252"), (b"\xae\xd2", "iso8859-7")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
    print(ascii(data.decode(enc, "replace")), ascii(data.decode(enc, "ignore")))

print("x\u00e9\u2603".encode("ascii", "namereplace"))
print(codecs.encode("EBCDIC", "cp037"), codecs.decode(b"\xc8\x85\x93\x93\x96", "cp037"))
print(bytes(range(0x80, 0x90)).decode("cp437"))
print(bytes(range(0xc0, 0xd0)).decode("koi8-r"))
