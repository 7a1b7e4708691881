# Differential probe of lib/codecs.py (rewrite): registry, text codecs incl. incremental and
# stream codecs, transforms, error handlers, argument errors, re-raised codec failures.
import codecs, io, sys

print(sorted(codecs.__all__))
print(codecs.BOM, codecs.BOM_BE, codecs.BOM_LE, codecs.BOM32_BE, codecs.BOM32_LE, codecs.BOM64_BE, codecs.BOM64_LE)
print(codecs.BOM_UTF8, codecs.BOM_UTF16, codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF32, codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE)

# lookup / names
for n in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "ISO-8859-1", "l1", "ascii", "US-ASCII", "utf-16", "UTF-16LE", "utf_16_be", "utf-32", "utf-32-le", "cp1252", "windows-1252", "cp437", "mac_roman", "utf-8-sig", "utf-7", "unicode_escape", "raw-unicode-escape", "rot13", "rot-13", "hex", "base64", "base_64", "  utf 8  "]:
    try:
        info = codecs.lookup(n)
        print(repr(n), info.name, type(info).__name__, isinstance(info, tuple), len(info), info._is_text_encoding)
    except LookupError as e:
        print(repr(n), "LookupError", e)
for bad in ["nope", "", "utf-9", "x\u00e9"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError", e)
for bad in [5, None, b"utf-8"]:
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print("TypeError", e)
info = codecs.lookup("utf-8")
print(info is codecs.lookup("UTF-8"), info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader, info[3] is info.streamwriter)
print(info.encode("h\u00e9"), info.decode(b"h\xc3\xa9"), info.decode(bytearray(b"ab")), info.decode(memoryview(b"cd")))
print(info.encode("\udc80", "surrogateescape") if False else "", info.decode(b"\xff", "replace"), info.decode(b"a\xffb", "ignore"), info.decode(b"\xff", "backslashreplace"))
for args in [(b"x",), (5,)]:
    try:
        info.encode(*args)
    except TypeError as e:
        print("TypeError", e)
for args in [("x",), (5,)]:
    try:
        info.decode(*args)
    except TypeError as e:
        print("TypeError", e)
print(codecs.lookup("latin-1").encode("\u00ff"), codecs.lookup("ascii").decode(b"abc"))
try:
    codecs.lookup("latin-1").encode(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    codecs.lookup("ascii").encode(1)
except TypeError as e:
    print("TypeError", e)

# encode / decode
print(codecs.encode("abc"), codecs.decode(b"abc"), codecs.encode("abc", "utf-16-le"), codecs.decode(b"a\x00", "utf-16-le"))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode(b"hi there", "base64"), codecs.decode(b"aGk=\n", "base64"))
print(codecs.encode("\u00e9", "ascii", "replace"), codecs.encode("\u00e9\u20ac", "ascii", "xmlcharrefreplace"), codecs.encode("\u00e9", "ascii", "backslashreplace"), codecs.encode("\u00e9", "latin-1"), codecs.encode("\u00e9", "ascii", "namereplace"))
print(codecs.encode(obj="x", encoding="ascii"), codecs.decode(obj=b"x", encoding="ascii", errors="strict"))
for expr in ['codecs.encode("x", 5)', 'codecs.encode("x", "ascii", 5)', 'codecs.decode(b"x", None)', 'codecs.encode("x", "hex")', 'codecs.decode("x", "hex")', 'codecs.decode(b"zz", "hex")', 'codecs.decode(b"abc", "hex")', 'codecs.encode(b"x", "rot13")', 'codecs.encode("\u00e9", "ascii")', 'codecs.decode(b"\\xff", "utf-8")', 'codecs.decode("x", "utf-8")', 'codecs.encode(b"x", "utf-8")', 'codecs.encode("x", "nope")', 'codecs.decode(b"x", "utf-8", "bogus")']:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)

# getters
print(codecs.getencoder("rot13")("ab"), codecs.getdecoder("utf-8")(b"ok"), codecs.getencoder("latin-1") is codecs.lookup("latin-1").encode)
print(codecs.getincrementalencoder("utf-8").__name__, codecs.getincrementaldecoder("utf-8").__name__, codecs.getreader("utf-8").__name__, codecs.getwriter("utf-8").__name__)
print(issubclass(codecs.getincrementalencoder("utf-8"), codecs.IncrementalEncoder), issubclass(codecs.getincrementaldecoder("utf-8"), codecs.IncrementalDecoder), issubclass(codecs.getreader("ascii"), codecs.StreamReader), issubclass(codecs.getwriter("ascii"), codecs.StreamWriter))
for name in ["nope"]:
    for fn in (codecs.getencoder, codecs.getincrementaldecoder, codecs.getreader):
        try:
            fn(name)
        except LookupError as e:
            print("LookupError", e)

# incremental
dec = codecs.getincrementaldecoder("utf-8")()
data = "h\u00e9llo \u20ac \U0001f600!".encode("utf-8")
out = [dec.decode(data[i:i + 1]) for i in range(len(data))]
print(out, repr(dec.decode(b"", True)))
dec = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), dec.getstate())
dec.reset(); print(dec.getstate(), repr(dec.decode(b"ok")))
try:
    dec.decode(b"\xe2", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
enc = codecs.getincrementalencoder("utf-8")()
print(enc.encode("a"), enc.encode("\u00e9", True), enc.getstate(), enc.errors)
for name in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "latin-1", "cp1252"]:
    text = "a\u00e9" + ("\u20ac\U0001f600" if name.startswith("utf") else "\u00ff")
    enc = codecs.getincrementalencoder(name)()
    pieces = [enc.encode(ch) for ch in text] + [enc.encode("", True)]
    data = b"".join(pieces)
    print(name, pieces)
    dec = codecs.getincrementaldecoder(name)()
    got = [dec.decode(data[i:i + 1]) for i in range(len(data))] + [dec.decode(b"", True)]
    print(name, got, "".join(got) == text)
    print(name, list(codecs.iterencode(["ab", "", "c"], name)), list(codecs.iterdecode([data[:3], data[3:]], name)))
    enc.reset()
    print(name, enc.encode("z"))
be = "xy".encode("utf-16-be")
dec = codecs.getincrementaldecoder("utf-16")()
print(dec.decode(codecs.BOM_UTF16_BE + be[:1]), dec.decode(be[1:]), dec.decode(be))
print(list(codecs.iterdecode([b"\xef", b"\xbb\xbfh", b"i"], "utf-8-sig")), list(codecs.iterdecode([b"\xef\xbb\xbf\xef\xbb\xbfx"], "utf-8-sig")))
print(list(codecs.iterencode([], "utf-16")), list(codecs.iterencode([], "utf-8-sig")), list(codecs.iterdecode([], "utf-8")))
print(list(codecs.iterencode(["a", "b"], "rot13")), codecs.getincrementalencoder("hex")().encode(b"ab"), codecs.getincrementaldecoder("hex")().decode(b"6162"), codecs.getincrementalencoder("base64")().encode(b"ab"))
for name in ("rot13", "hex", "base64"):
    info = codecs.lookup(name)
    print(name, [c.__name__ for c in info[2:]], info.incrementalencoder.__name__, info.incrementaldecoder.__name__)
raw = io.BytesIO(); w = codecs.getwriter("hex")(raw); w.write(b"\x01\x02"); print(raw.getvalue())
raw = io.StringIO(); w = codecs.getwriter("rot13")(raw); w.write("abc"); print(raw.getvalue())

# base classes
class Up(codecs.Codec):
    def encode(self, input, errors="strict"):
        return input.upper().encode(), len(input)
    def decode(self, input, errors="strict"):
        return bytes(input).decode().lower(), len(input)
print(Up().encode("ab"), Up().decode(b"AB"))
try:
    codecs.Codec().encode("x")
except NotImplementedError:
    print("NotImplementedError")
class BufEnc(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].encode(), n
be2 = BufEnc()
print(be2.encode("abc"), repr(be2.buffer), be2.getstate(), be2.encode("d"), be2.getstate(), be2.encode("e", True))
be2.setstate("zz"); print(be2.buffer); be2.reset(); print(repr(be2.buffer))
class BufDec(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return bytes(input[:n]).decode(), n
bd = BufDec()
print(bd.decode(b"abc"), bd.buffer, bd.getstate(), bd.decode(b"d"), bd.decode(b"e", True), bd.getstate())
bd.setstate((b"q", 0)); print(bd.buffer); bd.reset(); print(bd.buffer)
ie = codecs.IncrementalEncoder(); idc = codecs.IncrementalDecoder("ignore")
print(ie.errors, repr(ie.buffer), ie.getstate(), idc.errors, idc.getstate(), ie.reset(), ie.setstate(1), idc.setstate((b"", 0)))
for obj, args in ((ie, ("x",)), (idc, (b"x",))):
    try:
        (obj.encode if obj is ie else obj.decode)(*args)
    except NotImplementedError:
        print("NotImplementedError")

# streams
raw = io.BytesIO()
w = codecs.getwriter("utf-8")(raw)
w.write("h\u00e9")
w.writelines(["a", "b\n"])
print(raw.getvalue(), w.errors, w.stream is raw, w.getvalue())
raw = io.BytesIO("line1\nline2\r\nl\u00e9ne3\rlast".encode("utf-8"))
r = codecs.getreader("utf-8")(raw)
print(repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read(3)), repr(r.readline()), r.readlines())
raw.seek(0); r.reset()
print(list(r))
raw = io.BytesIO("abc\u00e9def".encode("utf-8"))
r = codecs.getreader("utf-8")(raw)
print(repr(r.read(2)), repr(r.read(1)), repr(r.read()), repr(r.read()))
raw = io.BytesIO("x\u20acy".encode("utf-16"))
r = codecs.getreader("utf-16")(raw)
print(repr(r.read()))
raw = io.BytesIO()
w = codecs.getwriter("utf-16")(raw)
w.write("a"); w.write("b")
print(raw.getvalue())
raw = io.BytesIO(b"12345\n6789")
r = codecs.getreader("ascii")(raw)
print(repr(r.readline(3)), repr(r.readline()), repr(r.readline(2)), repr(r.readline()), repr(r.readline()))
srw = codecs.StreamReaderWriter(io.BytesIO("q\u00e9\nz".encode("utf-8")), codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
print(srw.encoding, repr(srw.readline()), repr(srw.read()), srw.errors)
srw.write("W"); print(srw.getvalue())
srw.seek(0); print(repr(srw.read(2)), list(iter(srw.readline, "")))
rec = codecs.EncodedFile(io.BytesIO("\u00e9t\u00e9\nx".encode("latin-1")), "utf-8", "latin-1")
print(rec.data_encoding, rec.file_encoding, rec.readline(), rec.read())
rec.write("\u00e0".encode("utf-8")); print(rec.getvalue())
rec2 = codecs.EncodedFile(io.BytesIO(b"abc"), "ascii")
print(rec2.file_encoding, rec2.read())
try:
    codecs.getwriter("utf-8")(io.BytesIO()).__reduce_ex__(2)
except TypeError as e:
    print("TypeError", e)
with codecs.getwriter("ascii")(io.BytesIO()) as w2:
    w2.write("x")
print(w2.closed)

# error handlers
for name in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    print(name, codecs.lookup_error(name).__name__)
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("replace") is codecs.replace_errors)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
for bad in [(5, print), ("x", 5)]:
    try:
        codecs.register_error(*bad)
    except TypeError as e:
        print("TypeError", e)
enc_err = UnicodeEncodeError("ascii", "a\u00e9\u20acb", 1, 3, "nope")
dec_err = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")
tr_err = UnicodeTranslateError("a\u00e9b", 1, 2, "tr")
for handler in (codecs.ignore_errors, codecs.replace_errors, codecs.xmlcharrefreplace_errors, codecs.backslashreplace_errors, codecs.namereplace_errors):
    for err in (enc_err, dec_err, tr_err):
        try:
            print(handler.__name__, type(err).__name__, handler(err))
        except TypeError as e:
            print(handler.__name__, type(err).__name__, "TypeError", e)
try:
    codecs.strict_errors(enc_err)
except UnicodeEncodeError as e:
    print("raised", e)
for v in (5, ValueError("v")):
    try:
        codecs.strict_errors(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    codecs.ignore_errors(ValueError())
except TypeError as e:
    print("TypeError", e)
print(codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "\U0001f600\x80", 0, 2, "r")))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "\u00e9\x80\U000e0001", 0, 3, "r")))
def myhandler(exc):
    return ("<?>", exc.end)
codecs.register_error("mine_q", myhandler)
print(codecs.lookup_error("mine_q") is myhandler)

# registration
seen = []
def search(name):
    seen.append(name)
    if name == "upper_q":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)), lambda b, e="strict": (bytes(b).decode().lower(), len(b)), name="upper-q")
    if name == "tuple_q":
        return (1, 2, 3, 4)
    if name == "bad_q":
        return 5
codecs.register(search)
print(codecs.encode("ab", "Upper Q"), codecs.decode(b"AB", "upper-q"), codecs.lookup("upper_q").name)
print(codecs.lookup("tuple-q"))
try:
    codecs.lookup("bad_q")
except TypeError as e:
    print("TypeError", e)
for n in ["-x-", "A  B", "x.Y", "1-2", "utf-8"]:
    try:
        codecs.lookup(n)
    except LookupError:
        pass
print(seen)
codecs.unregister(search)
codecs.unregister(search)
try:
    codecs.lookup("upper_q")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.register(5)
except TypeError as e:
    print("TypeError", e)
r = codecs.CodecInfo(1, 2, name="n")
print(r.name, r.encode, r.incrementalencoder, r._is_text_encoding, codecs.CodecInfo(1, 2, 3, 4, 5, 6, "z", _is_text_encoding=False)._is_text_encoding)
print(repr(r).startswith("<codecs.CodecInfo object for encoding n at 0x"))
class MyErr(Exception): pass
class MyInit(Exception):
    def __init__(self, *a): super().__init__(*a)
failing = {}
def fsearch(name):
    if name.startswith("fail"):
        exc = failing[name]
        def f(s, e="strict"):
            raise exc
        return codecs.CodecInfo(f, f, name=name)
codecs.register(fsearch)
e2 = ValueError("v"); e2.extra = 1
for i, exc in enumerate([ValueError("v"), ValueError("a", "b"), ValueError(), KeyError("k"), OSError(2, "x"), MyErr("m"), MyInit("i"), e2, RuntimeError(5), UnicodeError("u"), LookupError("l"), TypeError("t"), StopIteration(3), AttributeError("a")]):
    failing["fail%d" % i] = exc
    try:
        codecs.decode(b"x", "fail%d" % i)
    except BaseException as got:
        print(type(got).__name__, str(got), got is exc, got.__cause__ is exc, got.__context__ is exc, got.__suppress_context__)

print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 10, 2: 20, 3: 10}))
print(codecs.utf_8_encode("\u00e9"), codecs.utf_8_decode(b"\xc3\xa9\xc3"), codecs.utf_8_decode(b"\xc3\xa9\xc3", "strict", True) if False else "", codecs.utf_16_encode("a"), codecs.utf_16_le_decode(b"a\x00b"), codecs.latin_1_encode("\u00ff"), codecs.latin_1_decode(b"\xff"), codecs.ascii_decode(b"ab"), codecs.utf_32_be_encode("a"))
print(codecs.unicode_escape_encode("\u00e9\n"), codecs.unicode_escape_decode(b"\\u00e9"), codecs.raw_unicode_escape_encode("\u00e9\u20ac"), codecs.raw_unicode_escape_decode(b"\\u20ac"))
print(codecs.utf_7_encode("\u00e9"), codecs.utf_7_decode(b"+AOk-"))
try:
    codecs.utf_8_decode(b"\xc3", "strict", True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(codecs.utf_8_decode(b"a\xff", "replace"), codecs.utf_16_decode(b"\xff\xfea\x00b"))
