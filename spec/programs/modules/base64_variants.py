import base64, binascii, io, array
print(base64.__all__)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
samples = [b"", b"\x00", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\x00\x00\x00", b"    ",
           b"\x00\x00\x00\x00\x00", b"    x", bytes(range(256)), b"\xff" * 7, "héllo wörld".encode(),
           bytearray(b"abcde"), memoryview(b"mv data")]
for s in samples:
    row = []
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.standard_b64encode, base64.standard_b64decode),
                     (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode), (base64.encodebytes, base64.decodebytes)]:
        e = enc(s)
        row.append((e[:50], dec(e) == bytes(s), type(e).__name__))
    print(row)
    print(base64.b85encode(s, pad=True)[-10:], base64.a85encode(s, pad=True)[-10:], base64.a85encode(s, foldspaces=True),
          base64.a85encode(s, adobe=True)[:30], base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == bytes(s))
    print(base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == bytes(s), base64.a85decode(base64.a85encode(s, pad=True)), base64.b85decode(base64.b85encode(s, pad=True))[:12])
long = bytes(range(256)) * 2
for wc in (0, 1, 2, 3, 5, 10, 75):
    print(wc, base64.a85encode(long[:30], wrapcol=wc), base64.a85encode(long[:30], wrapcol=wc, adobe=True))
    print(base64.a85encode(b"abcd", wrapcol=wc, adobe=True), base64.a85encode(b"", wrapcol=wc), base64.a85encode(b"", wrapcol=wc, adobe=True))
    print(base64.a85decode(base64.a85encode(long, wrapcol=wc, adobe=True), adobe=True) == long)
print(base64.encodebytes(long))
print(base64.encodebytes(b""), base64.encodebytes(b"x" * 57), base64.encodebytes(b"x" * 58))
inp = io.BytesIO(long * 3)
out = io.BytesIO()
base64.encode(inp, out)
print(out.getvalue()[:100], len(out.getvalue()))
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == long * 3)
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.b64encode(b"\xfb\xff", altchars=bytearray(b"*!")),
      base64.b64decode("-_8=", altchars="-_"), base64.b64decode(b"*!8=", altchars=memoryview(b"*!")), base64.urlsafe_b64decode("-_8="),
      base64.urlsafe_b64decode(b"+/8="))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01="L"), base64.b32decode("0ZXW6YQ=", map01=b"I"),
      base64.b32decode("MZXW6YTBOI======"), base64.b32hexdecode("cpnmu===", casefold=True), base64.b16decode("6162", casefold=True),
      base64.b16decode(b"ABCD"), base64.b16decode(bytearray(b"00FF")))
print(base64.b64decode("Y W J j"), base64.b64decode(b"YWJj===="), base64.b64decode("YW=Jj"), base64.b64decode(bytearray(b"YWJj")),
      base64.b64decode(memoryview(b"YWI=")), base64.b64decode(b"Y\nW\nJ\nj\n"))
print(base64.a85decode(b"9jqo^", ignorechars=b""), base64.a85decode(b"9j qo^\n"), base64.a85decode(b"z"), base64.a85decode(b"zz!!"),
      base64.a85decode(b"y", foldspaces=True), base64.a85decode(b"<~9jqo^~>", adobe=True), base64.a85decode(b"9jqo^~>", adobe=True),
      base64.a85decode(b"!"), base64.a85decode(b"!!"), base64.a85decode(b"!!!"), base64.a85decode(b"!!!!"), base64.a85decode("9jqo"),
      base64.a85decode(b"s8W-!"), base64.b85decode(b"0"), base64.b85decode(b"00"), base64.b85decode("|NsC0"))
bads = ['base64.b64decode("abc")', 'base64.b64decode("ab!c", validate=True)', 'base64.b64decode("a")', 'base64.b64encode("s")',
        'base64.b16decode("abc")', 'base64.b16decode("ABC")', 'base64.b16decode("zz")', 'base64.b16decode("ab")', 'base64.b16encode("ab")',
        'base64.b32decode("abc")', 'base64.b32decode("ABCDEFG!")', 'base64.b32decode("MZXW6==A")', 'base64.b32decode("MZXW====")',
        'base64.b32decode("M=======")', 'base64.b32decode("========")', 'base64.b32decode("MZXW6YQ=", map01="LL")', 'base64.b32decode(b"MZ==MZXW")',
        'base64.b32decode("mzxw6===")', 'base64.b32hexdecode("W0000000")', 'base64.b32encode("x")', 'base64.b32hexencode(5)',
        'base64.b64decode("é")', 'base64.b64decode(5)', 'base64.b64decode([1])', 'base64.b64decode("=abc", validate=True)',
        'base64.b64decode("YQ==YQ==", validate=True)', 'base64.b64decode("YQ=a", validate=True)', 'base64.b64decode("YQ", altchars="-")',
        'base64.b64encode(b"x", altchars=b"---")', 'base64.encodebytes("s")', 'base64.decodebytes("s")', 
        'base64.decodebytes(memoryview(b"abcd").cast("B", (2, 2)))', 'base64.encodebytes(5)', 'base64.a85decode(b"abc~>", adobe=True)',
        'base64.a85decode(b"<~abc", adobe=True)', 'base64.a85decode(b"!z")', 'base64.a85decode(b"!y", foldspaces=True)', 'base64.a85decode(b"y")',
        'base64.a85decode(b"v")', 'base64.a85decode(b"uuuuu")', 'base64.a85decode(b"u")', 'base64.a85decode(b"s8W-\\"")', 'base64.a85decode("é")',
        'base64.a85decode(b"a b", ignorechars=b"")', 'base64.a85decode(b"~")', 'base64.b85decode(b"|NsC1")', 'base64.b85decode(b"0000\\"")',
        'base64.b85decode(b"00000 0")', 'base64.b85decode(b"~~~~~")', 'base64.b85decode(b"00000~~~~~")', 'base64.b85encode("s")',
        'base64.a85encode("s")', 'base64.a85encode(5)', 'base64.b85decode(5)', 'base64.a85decode(None)',
        'binascii.unhexlify("0")', 'binascii.unhexlify("zz")', 'binascii.hexlify("s")']
for bad in bads:
    try:
        print(bad, repr(eval(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
