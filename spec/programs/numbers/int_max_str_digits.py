# CPython 3.11's limit on int <-> decimal string conversion (4300 digits): str/repr/f-string/%d
# and int() refuse longer numbers, hex and %x do not; sys.set_int_max_str_digits changes it (0: off).
import sys
def t(f):
    try:
        r = f()
        print(repr(r)[:80])
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: str(10**5000)); t(lambda: repr(10**5000)); t(lambda: f'{10**5000}'); t(lambda: '%d' % 10**5000); t(lambda: hex(10**5000)[:10]); t(lambda: format(10**5000, 'x')[:5])
t(lambda: len(str(10**4299))); t(lambda: int('1' * 4300) > 0); t(lambda: sys.get_int_max_str_digits()); t(lambda: sys.set_int_max_str_digits(100)); t(lambda: str(10**200))
t(lambda: sys.set_int_max_str_digits(5)); t(lambda: sys.set_int_max_str_digits(0)); t(lambda: len(str(10**5000))); t(lambda: sys.flags.int_max_str_digits)
t(lambda: int('0x' + 'f' * 5000, 16) > 0); t(lambda: print(10**5000 > 1))
t(lambda: b'%d' % 10**5000)
