# A codec that str.encode / bytes.decode reach through the codec registry (any name but the
# utf-8 / utf-16 / utf-32 / ascii / latin-1 spellings CPython runs directly) re-raises a simple
# failure (an unknown error handler, a bad handler result) naming the codec, with the original
# as __cause__. UnicodeEncodeError / UnicodeDecodeError are never rewrapped.
import codecs

text = "é€\U0001f40d"
for enc in ["cp1252", "CP1252", "utf-16", "utf_16_le", "UTF-16-BE", "utf-32", "cp437", "latin-1",
            "Latin1", "iso-8859-1", "ascii", "US-ASCII", "utf-8", "UTF8", "U8", "utf_8_sig",
            "iso8859-15", "mac-roman", "koi8-r", "utf-7"]:
    try:
        print(enc, text.encode(enc, "bogus"))
    except Exception as e:
        print(enc, type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
    try:
        print(enc, b"\xff\xfe\xd8\x00\x81\x8d".decode(enc, "bogus"))
    except Exception as e:
        print(enc, type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

for call in [lambda: bytes(text, "cp437", "bogus"), lambda: bytearray(text, "cp850", "bogus"),
             lambda: str(b"\x81", "cp1252", "bogus"), lambda: b"".decode("cp1252", "bogus"),
             lambda: "abc".encode("cp1252", "bogus"), lambda: text.encode("cp1252"),
             lambda: b"\x81".decode("cp1252"), lambda: text.encode("nope", "bogus"),
             lambda: codecs.encode(text, "cp1252", "bogus"), lambda: codecs.decode(b"\x81", "cp1252", "bogus")]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)


def bad_result(exc):
    return 42


codecs.register_error("conf27.bad", bad_result)
for enc in ["cp1252", "utf-8", "ascii", "utf_16_be"]:
    try:
        print(text.encode(enc, "conf27.bad"))
    except Exception as e:
        print(enc, type(e).__name__, e)


def raises_value_error(exc):
    raise ValueError("handler gave up")


codecs.register_error("conf27.raise", raises_value_error)
for enc in ["cp1252", "latin-1", "koi8-r"]:
    try:
        print(text.encode(enc, "conf27.raise"))
    except Exception as e:
        print(enc, type(e).__name__, e)
