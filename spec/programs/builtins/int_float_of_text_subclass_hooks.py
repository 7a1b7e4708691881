# int() / float() call a str, bytes or bytearray subclass's __int__ / __index__ / __trunc__ /
# __float__ before reading its text (PyNumber_Long / PyNumber_Float order).
import warnings
warnings.simplefilter('ignore')

class B(bytes):
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3

class S(str):
    def __int__(self): return 8
    def __float__(self): return 3.5

class BA(bytearray):
    def __int__(self): return 9
    def __float__(self): return 4.5

class SI(str):
    def __index__(self): return 4

class ST(str):
    def __trunc__(self): return 5

class Bad(str):
    def __int__(self): return 'no'
    def __float__(self): return 1

class Plain(str):
    pass

for x in [B(b'xy'), S('ab'), BA(b'q'), SI('z'), ST('12'), Bad('1'), Plain('12'), Plain('x'), BA(b'3')]:
    for f in (int, float):
        try:
            print(type(x).__name__, f.__name__, repr(f(x)))
        except Exception as e:
            print(type(x).__name__, f.__name__, type(e).__name__, e)
print(int(S('ab'), 16) if False else int(Plain('ff'), 16), int(S('ff'), 16))
try:
    int(B(b'zz'), 16)
except ValueError as e:
    print(e)
