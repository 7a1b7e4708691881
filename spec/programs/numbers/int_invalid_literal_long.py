# int()'s "invalid literal" message shows the text's repr cut to 200 characters (CPython's
# %.200R), for str and bytes-like texts alike; under a lowered digit limit the limit error
# counts only the leading run of valid digits, so a short run before junk is an invalid literal.
import sys


class S(str):
    def __repr__(self):
        return 'S<' + str.__repr__(self) * 3 + '>'


texts = ['x' * 300, 'é' * 300, b'x' * 300, bytearray(b'y' * 300), '\n' * 100 + 'x' * 198,
         "'" * 300, 'x' * 199, 'x' * 197, '😀' * 250, S('q' * 100), b'\xff' * 100, '1' * 250 + 'z']
for s in texts:
    for base in (10, 16, 0):
        try:
            int(s, base)
        except ValueError as e:
            m = str(e)
            print(base, len(m), m[:45], '...', m[-12:])
sys.set_int_max_str_digits(640)
for s in ['1' * 700 + 'x', '1' * 600 + 'x' * 100, 'x' * 700, '1' * 700 + 'z', '9' * 700, '1_1' * 400]:
    for base in (10, 36, 9):
        try:
            print(base, int(s, base) % 1000)
        except ValueError as e:
            print(base, str(e)[:110])
