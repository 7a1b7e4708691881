# int(), float(), complex(), bool(), str() called with no arguments and with keywords.
print(int(), float(), complex(), bool(), str(), repr(bytes()), list(), tuple(), dict(), set())
print(int('7', base=8), float('2.5'), complex(real=1, imag=2), str(object=5))
print(bool([]), bool([0]), bool({}), bool(range(0)), bool(range(1)))
print(int('  12  '), int(' -0 '), float(' 1e2 '), float('+inf'), float('-iNfInItY'))
try:
    int(x='7')
except TypeError as e:
    print(type(e).__name__, e)
try:
    float('1e')
except ValueError as e:
    print(type(e).__name__, e)
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
