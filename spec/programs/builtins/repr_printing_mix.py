def f():
    class Local:
        class Inner: pass
    return Local
L = f()
print(L, L.Inner, L.__qualname__, L.Inner.__qualname__)
print(repr(L.Inner()).split(' at ')[0])
class A:
    def m(self): pass
    class B:
        def n(self): pass
print(A.m.__qualname__, A.B.n.__qualname__)
print(str(A().m).split(' at ')[0] if ' at ' in str(A().m) else str(A().m)[:30])
print(repr(A().m).startswith('<bound method A.m of <__main__.A object at'))
print([1.0, 1e16, 1e-7, 0.1, -0.0, float('inf'), 1.5e300 * 1e10, 123456789.123456789])
print({1: 2.5, 'a': [None, True]}, (1,), ())
print(repr(1e16), repr(1e15), repr(12345678901234567.0), repr(0.00001), repr(0.0001))
print(str(1/3), 2/3, 10/3, 1e22, 1e21, 1.0e-4, 9.999999999999999e22)
print(f'{1e16}', f'{1e16!r}', f'{0.1:.30f}', f'{1/3:.17g}', f'{2.5:.0f}', f'{3.5:.0f}', f'{-0.5:.0f}')
print(round(0.125, 2), round(0.375, 2), round(2.5), round(-1.5), round(1.05, 1), round(1.15, 1))
print(int, type, object, len, print, type(None), type(...), type(NotImplemented))
print(complex(0, 1), complex(1, -0.0), complex(-0.0, 0), 1j * 1j, complex('inf+nanj'), -(0j))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(2 ** 64, -2 ** 63, 2 ** -1, (-2) ** -1, 0 ** 0, 0.0 ** 0)
print(1 == 1.0, 1 is 1, True == 1, hash(True) == hash(1), {1: 'a', True: 'b', 1.0: 'c'})
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted({'b': 1, 'a': 2}), sorted([(2, 'a'), (1, 'b')]))
print(list(map(None.__class__, [])) if False else 'skip')
print(chr(65), ord('A'), chr(0x263A), ascii(chr(0x263A)), repr(chr(0x263A)), repr('\u200b'), repr('\U000e0001'))
print('%s %r %a' % ('é', 'é', 'é'))
print(str(b'\xe9'), repr(bytearray(b'\x00a')))
print(type(print(end='')), print is print)
x = [1, 2, 3]
x[1:2] = []
print(x, x * 2, [x] * 2)
import sys
print(sys.maxsize + 1, -sys.maxsize - 1, float(sys.maxsize))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.1 * 3, 1.1 * 1.1, 3 * 1.1)
print(7.0 / 2, 7 // 2.0, 2 ** 0.5, 10 ** -2, 1e308 * 10, -1e308 * 10)
print(float('1.7976931348623157e308'), 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
print(int('1' * 50) * int('9' * 50))
print(str(-0.0), repr(-0.0), -0.0 == 0.0, str(0.0 * -1))
