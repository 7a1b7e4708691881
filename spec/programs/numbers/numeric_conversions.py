# Conversions between numeric types and strings.
print(int(2.9), int(-2.9), float(3), str(3.0), str(10 ** 20), str(1e20))
print(bin(10), oct(10), hex(255), bin(-10), hex(-255), oct(0))
print(int(bin(37), 2), int(hex(4095), 16), int(oct(64), 8))
print(float('3.14'), float(' -2 '), float('inf'), float('1e-3'))
print(abs(-7), abs(-7.5), abs(3 + 4j), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(min(3, 1.5), max(2, 2.0), max(2.0, 2), type(max(2, 2.0)).__name__)
print(1 < 1.5 < 2, 10 ** 20 < 1e21, 2 ** 1000 > 1e300)
print(2 ** 1100 < float('inf'), 2 ** 1100 > 1.7976931348623157e308)
try:
    float(2 ** 1100)
except OverflowError as e:
    print(type(e).__name__, e)
