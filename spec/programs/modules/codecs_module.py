import codecs
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.encode("abc", "ROT-13"))
print(codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"), codecs.decode("6869", "hex_codec"), codecs.encode(b"hello", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"))
print(codecs.encode("é"), codecs.encode("é", "latin-1"), codecs.decode(b"\xc3\xa9"), codecs.decode(b"\xe9", "latin1"), codecs.encode("x", "utf-16-le"), codecs.decode(b"\xff", "utf-8", "replace"), codecs.encode("é", "ascii", "ignore"))
for n in ["utf-8", "UTF8", "latin1", "Latin-1", "ascii", "utf_16", "rot13", "hex", "base64", "U8"]:
    print(n, codecs.lookup(n).name)
for bad in ['codecs.lookup("nope")', 'codecs.encode("x", "bogus")', 'codecs.encode("é", "ascii")', 'codecs.decode(b"\\xff")', 'codecs.decode("x", "utf-8")', 'codecs.encode(b"x", "utf-8")']:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.getencoder("rot13")("ab"), codecs.getdecoder("utf-8")(b"ok"), codecs.utf_8_encode("é"), codecs.utf_8_decode(b"ok"))
info = codecs.lookup("utf-8")
print(isinstance(info, tuple), info.encode("z"), len(info))
