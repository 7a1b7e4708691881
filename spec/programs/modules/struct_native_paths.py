# struct's native pack/unpack loops against struct.py's own for what they leave to it: every
# code in every byte order at its bounds, bigints, float specials, bytes items, and the errors.
import struct

def show(label, f):
    try:
        r = f()
    except Exception as e:
        # (Only the type: struct.py's messages for out-of-range values are not all CPython's.)
        r = type(e).__name__
    print(label, r)

ints = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535), 'i': (-2**31, 2**31 - 1),
        'I': (0, 2**32 - 1), 'l': (-2**31, 2**31 - 1), 'L': (0, 2**32 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for order in '@=<>!':
    for code, (lo, hi) in ints.items():
        if order == '@' and code in 'lL':
            lo, hi = (-2**63, 2**63 - 1) if code == 'l' else (0, 2**64 - 1)
        fmt = order + code
        for v in (lo, hi, 0, 1, -1, lo - 1, hi + 1, 2**53, 2**53 + 1, -2**53, -2**53 - 1, 2**31, 12345, True):
            show("%s %r" % (fmt, v), lambda: (struct.pack(fmt, v).hex(), struct.unpack(fmt, struct.pack(fmt, v))))
for fmt in ('@n', '@N', '@P', '<e', '>e'):
    for v in (0, 1, -1, 2**40, 2**63 - 1, -2**63, 2**64 - 1) if fmt[1] != 'e' else (0, 1, -1, 2**14, 65504, 65519, 1.5, -0.0):
        show("%s %r" % (fmt, v), lambda: (struct.pack(fmt, v).hex(), struct.unpack(fmt, struct.pack(fmt, v))))
for order in '@<>':
    for code in 'fd':
        fmt = order + code
        for v in (0.0, -0.0, 1.5, -2.25, 1e-300, 1e300, 3.4e38, 3.5e38, -3.5e38, float('inf'), float('-inf'), 0.1, 7, True, 2**60):
            show("%s %r" % (fmt, v), lambda: (struct.pack(fmt, v).hex(), struct.unpack(fmt, struct.pack(fmt, v))))
print(struct.unpack('<d', struct.pack('<d', float('nan')))[0], struct.unpack('>f', struct.pack('>f', float('nan')))[0])

class Idx:
    def __index__(self):
        return 7

class MyInt(int):
    pass

class MyFloat(float):
    pass

class Truth:
    def __bool__(self):
        print("bool called")
        return True

for fmt, args in [('<i', (Idx(),)), ('<i', (MyInt(9),)), ('<d', (MyFloat(2.5),)), ('<d', (Idx(),)), ('<i', (1.5,)), ('<i', ('3',)),
                  ('<d', ('x',)), ('<d', (None,)), ('?', (Truth(),)), ('??????', (0, 1, None, '', 'a', [])), ('?', (2.5,)),
                  ('c', (b'x',)), ('c', (b'xy',)), ('c', ('x',)), ('3s', (b'abcdef',)), ('5s', (b'ab',)),
                  ('0s', (b'ab',)), ('s', (bytearray(b'q'),)), ('4s', ('abc',)), ('4p', (b'abcdef',)), ('4p', (b'a',)),
                  ('<ih', (1,)), ('<ih', (1, 2, 3)), ('<i', ()), ('xxi2x', (5,)), ('2i3h', (1, 2, 3, 4, 5)), ('<qQ', (-1, 2**64 - 1)),
                  ('>qQ', (-2**63, 2**63)), ('@bid', (1, 2, 3.0)), ('=bid', (1, 2, 3.0)), ('<?i?', (True, -5, False))]:
    show("pack %s %s" % (fmt, [a if type(a) in (int, float, str, bytes, bool) else type(a).__name__ for a in args]), lambda: struct.pack(fmt, *args))
    show("Struct.pack %s" % fmt, lambda: struct.Struct(fmt).pack(*args))

show("pack()", lambda: struct.pack())
show("pack bad fmt", lambda: struct.pack('<z', 1))
show("pack bytes fmt", lambda: struct.pack(b'<hh', 1, 2))
show("pack int fmt", lambda: struct.pack(5, 1))
show("unpack()", lambda: struct.unpack('<i'))
for fmt, buf in [('<i', b'\x01\x02\x03\x04'), ('<i', b'\x01\x02\x03'), ('<i', b'\x01\x02\x03\x04\x05'), ('<i', bytearray(b'\xff\xff\xff\xff')),
                 ('>I', memoryview(b'\x00\x00\x01\x00')), ('<h', '12'), ('2s?c', b'ab\x02z'), ('>q', b'\x80' + b'\x00' * 7),
                 ('<Q', b'\xff' * 8), ('<q', b'\x00\x00\x00\x00\x00\x00\x20\x00'), ('<q', b'\x00\x00\x00\x00\x00\x00\xe0\xff'),
                 ('<q', b'\x01\x00\x00\x00\x00\x00\xe0\xff'), ('<Q', b'\xff\xff\xff\xff\xff\xff\x1f\x00'), ('4p', b'\x02abc'), ('<e', b'\x00\x3c'),
                 ('@P', b'\x01' * 8), ('xxhx', b'\x00\x00\x05\x00\x00'), ('@ci', b'a\x00\x00\x00\x07\x00\x00\x00')]:
    show("unpack %s %s" % (fmt, type(buf).__name__), lambda: struct.unpack(fmt, buf))
    show("Struct.unpack %s" % fmt, lambda: struct.Struct(fmt).unpack(buf))
ba = bytearray(b'\x01\x00\x02\x00')
ba.extend(b'\x03\x00')
print(struct.unpack('<3h', ba), struct.unpack_from('<h', ba, 2), list(struct.iter_unpack('<h', ba)))
buf = bytearray(8)
struct.pack_into('<hi', buf, 1, 3, -4)
print(buf.hex(), struct.calcsize('<hi'), struct.calcsize('@hi'))
s = struct.Struct('>Hd')
print(s.size, s.format, s.pack(513, 0.5).hex(), s.unpack(s.pack(513, 0.5)), s.unpack_from(b'\x00' + s.pack(1, 2.0), 1))
# Many formats: the format map is refilled.
acc = 0
for i in range(300):
    fmt = '<%dB' % (i % 150 + 1)
    acc += sum(struct.unpack(fmt, struct.pack(fmt, *range(i % 150 + 1))))
print(acc)
