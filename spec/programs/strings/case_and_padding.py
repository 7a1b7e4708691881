# Case conversion, padding and alignment methods.
s = 'hello World of PYTHON'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep='|')
print("they're bill's".title(), 'hello-world_x2y'.title(), 'ABC DEF'.capitalize())
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(6, '*') + ']', '[' + 'abc'.center(2) + ']')
print('[' + 'ab'.ljust(5, '.') + ']', '[' + 'ab'.rjust(5) + ']', '[' + 'toolong'.ljust(3) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(6), '12345'.zfill(3))
print('a\tbc\tdef'.expandtabs(), 'a\tbc\tdef'.expandtabs(4), repr('x\ty\n\tz'.expandtabs(2)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
print('Straße'.lower(), 'İ'.lower() == 'i\u0307', 'ﬁ'.upper())
