# expandtabs(tabsize): tabsize is a C int (too large either way: OverflowError about a C int).
for v in [2 ** 31, -2 ** 31 - 1, 2 ** 63, 2 ** 100, -2 ** 70, -5, 0, 1, 3]:
    for s in ['a\tbc\td', b'a\tbc\td', bytearray(b'\tx')]:
        try:
            print(repr(s.expandtabs(v)), repr(s.expandtabs(tabsize=v)))
        except OverflowError as e:
            print(type(s).__name__, v, 'OverflowError', e)
for bad in ['4', 1.0, None]:
    try:
        'a\tb'.expandtabs(bad)
    except TypeError as e:
        print('TypeError', e)
