# int() and float() parse bytes and bytearray like str; int.from_bytes rejects str and ints.
for a in [5, 'ab', 3.5, [1, 2], None, 2**70, True, (255, 0), bytearray(b"\x01\x02")]:
    try:
        print(int.from_bytes(a, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
print(float(b'1.5'), float(bytearray(b' 2e3 ')), float(b'-inf'))
for a in [b'x', bytearray(b'y'), b'', b'1 2', b'\xff']:
    for f in (int, float):
        try:
            print(f(a))
        except Exception as e:
            print(type(e).__name__, e)
print(int(b'0x10', 0), int(bytearray(b'z'), 36), int(b' -1_0 '), int(b'42'), int(bytearray(b'7')))
try:
    int(b'12', 2)
except ValueError as e:
    print(e)
