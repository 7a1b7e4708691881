def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# constructors
for s in ['0', '  12  ', '-0', '+7', '1_000', '1__0', '_1', '1_', '0x1f', '0b101', '0o17', '\t\n 42\n', '١٢٣', '12a', '', ' ', '0_0', '00', '007', '1e3', '3.5']:
    t(int, s)
for s, b in [('ff', 16), ('0xff', 16), ('0xff', 0), ('0b11', 0), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('0o17', 8), ('017', 0), ('0', 0), ('00', 0), ('1_0', 0), ('0x_1', 0), ('0x_1', 16), ('10', 37), ('10', 1), ('10', -1), ('  -0b101 ', 0)]:
    t(int, s, b)
t(int, 12, 10)
t(int, b'42')
t(int, bytearray(b' 17 '))
t(int, b'0x10', 16)
t(int, 3.99)
t(int, -3.99)
t(int, float('inf'))
t(int, float('nan'))
t(int, 1e20)
t(int, None)
t(int, [1])
t(int, x='5')
t(int, '5', base=8)
t(int)
t(int, True)
class I:
    def __index__(self): return 9
class T:
    def __trunc__(self): return 11
class N:
    def __int__(self): return 13
class Bad:
    def __int__(self): return 'x'
t(int, I())
t(int, T())
t(int, N())
t(int, Bad())
t(int, '10', I())
# bit ops on negatives
for a, b in [(-5, 3), (-5, -3), (5, -3), (-1, 0), (-256, 255), (-(1 << 70), (1 << 70) - 1)]:
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, a >> 100)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
#t(lambda: 1 << (1 << 100))
print(0 >> (1 << 100), (-1) >> (1 << 100))
for v in [0, 1, -1, 255, -256, 2**100, -(2**100) + 1]:
    print(v, v.bit_length(), v.bit_count())
# to_bytes / from_bytes
t((1024).to_bytes, 2, 'big')
t((1024).to_bytes, 2, 'little')
t((1024).to_bytes, 1, 'big')
t((-1).to_bytes, 2, 'big')
t((-1).to_bytes, 2, 'big', signed=True)
t((-129).to_bytes, 1, 'big', signed=True)
t((128).to_bytes, 1, 'big', signed=True)
t((0).to_bytes, 0, 'big')
t((1).to_bytes, 0, 'big')
t((5).to_bytes)
t((5).to_bytes, 2, 'middle')
t((5).to_bytes, -1, 'big')
t(int.from_bytes, b'\x01\x00', 'big')
t(int.from_bytes, b'\x01\x00', 'little')
t(int.from_bytes, b'\xff\xff', 'big', signed=True)
t(int.from_bytes, [1, 2, 3], 'big')
t(int.from_bytes, b'', 'big')
t(int.from_bytes, 'ab', 'big')
t(int.from_bytes, b'\x00\x80', byteorder='little', signed=True)
class MyInt(int): pass
r = MyInt.from_bytes(b'\x05', 'big'); print(type(r).__name__, r)
# huge values
h = 3 ** 200
print(h, h % 1000007, -h // 7, -h % 7, h.bit_length())
print(str(-(10 ** 50)), hex(-(2 ** 80)), oct(2 ** 40), bin(-37))
print(format(2 ** 64, ','), format(-12345678, '_'), format(255, '#x'), format(255, '#010b'), format(-255, '+x'))
# division
for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(divmod, 1, 0)
t(lambda: 2 ** 10000 / 3)
print((10 ** 30) / (10 ** 10), (2 ** 1000) // (2 ** 999))
t(lambda: 10 ** 400 / 1)
t(float, 10 ** 400)
# pow
t(pow, 2, -1)
t(pow, 2, -1, 7)
t(pow, 3, -2, 7)
t(pow, 2, -1, 4)
t(pow, 2, 10, 0)
t(pow, 2, 10, -7)
t(pow, -2, 3, 5)
t(pow, 2, 3.0, 5)
t(pow, 0, -1)
t(pow, 0, 0)
print(2 ** -2, (-2) ** -3, (-8) ** (1/3) if False else 0)
# rounding
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675]:
    print(round(v), round(v, 1))
for v in [1234, -1250, 1250, 1350, 15]:
    print(round(v, -2), round(v, -1), round(v, 0), type(round(v, -1)).__name__)
print(round(5, None), round(2**70 + 1, -10))
print(int.__round__(17, -1), (17).__floor__(), (17).__ceil__(), (17).__trunc__())
# __index__ users
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[Ix(3)], l[Ix(1):Ix(4)], hex(Ix(255)), bin(Ix(5)), oct(Ix(8)), 'ab' * Ix(3), range(Ix(4)))
print(operator_index := Ix(7).__index__())
import operator
t(operator.index, 3.0)
t(hex, 3.0)
t(lambda: [1][1.0])
t(lambda: 'abc'[Ix(5)])
print((5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate(), (5).as_integer_ratio(), (-5).__abs__())
print(int.__name__, int.__mro__, True + True, True & False, ~True, -True)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
t(int, '1' * 5000)
print(len(str(10 ** 4299)))
t(str, 10 ** 4300)
