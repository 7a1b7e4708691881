import base64, binascii
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo wörld".encode()]
for s in samples:
    e = base64.b64encode(s)
    print(e[:40], base64.b64decode(e) == s, base64.urlsafe_b64encode(s)[-8:], base64.b32encode(s)[:24], base64.b32decode(base64.b32encode(s)) == s, base64.b16encode(s)[:20], base64.b16decode(base64.b16encode(s)) == s, base64.b32hexencode(s)[:16], base64.b32hexdecode(base64.b32hexencode(s)) == s)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"), base64.urlsafe_b64decode("-_8="), base64.standard_b64decode(base64.standard_b64encode(b"x")))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neHh4\n"), base64.b32decode("mzxw6===", casefold=True), base64.b32decode("0BXW6===", map01="L") if False else "", base64.b16decode("6162", casefold=True))
print(base64.b64decode("Y W J j"), base64.b64decode(b"YWJj===="), base64.b64decode("YW=Jj"), base64.b64decode(bytearray(b"YWJj")), base64.b64decode(memoryview(b"YWI=")))
for bad in ['base64.b64decode("abc")', 'base64.b64decode("ab!c", validate=True)', 'base64.b64decode("a")', 'base64.b64encode("s")', 'base64.b16decode("abc")', 'base64.b16decode("zz")',
            'base64.b32decode("abc")', 'base64.b32decode("ABCDEFG!")', 'base64.b64decode("é")', 'base64.b64decode(5)', 'base64.b64decode("=abc", validate=True)', 'base64.b64decode("YQ==YQ==", validate=True)',
            'base64.b64decode("YQ=a", validate=True)', 'binascii.unhexlify("0")', 'binascii.unhexlify("zz")', 'binascii.hexlify("s")', 'base64.encodebytes("s")', 'base64.b32decode("MZXW6===", map01=b"xy")']:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e, type(e).__module__)
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"abcdef", "-", 2), binascii.b2a_hex(b"z"), binascii.unhexlify(b"6869"), binascii.a2b_hex("6869"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""), binascii.crc_hqx(b"hello", 0), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="))
print(issubclass(binascii.Error, ValueError))
