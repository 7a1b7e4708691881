# int()/float() of bytes read ASCII text: a non-ASCII byte (even \xa0 or \x85, spaces in a str)
# or \x1c-\x1f makes the text invalid. int(x, base) reads only str/bytes/bytearray.
# float.fromhex with an enormous exponent gives 0.0 or OverflowError (not an allocation failure).
cases = [b'123\xa0', b'\xa0 12', b'\x1c12', b'12\x85', b' 12\t\n', b'\x0b3\x0c', bytearray(b'7 '),
         memoryview(b'19'), memoryview(b'1234')[1:3], '12\xa0', '\x1c12', '\u0663\u0661']
for f in (int, float):
    for s in cases:
        try:
            print(f.__name__, repr(f(s)))
        except ValueError as e:
            print(f.__name__, 'ValueError', e)

for x in (b'101', bytearray(b'101'), '101', memoryview(b'101')):
    try:
        print(int(x, 2))
    except TypeError as e:
        print(type(x).__name__, 'TypeError', e)

for s in ('-0x1p-123456789123456789', '0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x1p-1076',
          '0x1.fffffffffffffp1023', '0x123456789abcdefp-99999999999'):
    print(s, float.fromhex(s))
for s in ('0x1p123456789123456789', '0x1p1024'):
    try:
        float.fromhex(s)
    except OverflowError as e:
        print(s, 'OverflowError', e)
