# __format__ argument errors name the type that defines the method (bool's is int's), and
# int.to_bytes checks byteorder before the length's sign.
for label, f in [('bool 2 args', lambda: False.__format__('', 1)), ('bool none', lambda: True.__format__()),
                 ('int via bool', lambda: int.__format__(True)), ('bool class', lambda: bool.__format__(True, '', 1)),
                 ('int', lambda: (5).__format__()), ('float', lambda: (1.5).__format__('', '')),
                 ('complex', lambda: (1j).__format__()), ('bool ok', lambda: True.__format__('>6')),
                 ('bool spec', lambda: format(False, '^7')), ('bool bad type', lambda: True.__format__(1)),
                 ('to_bytes both bad', lambda: (-3).to_bytes(-1, 'middle')), ('to_bytes length', lambda: (3).to_bytes(-1, 'big')),
                 ('to_bytes order', lambda: (3).to_bytes(1, 'Big')), ('to_bytes ok', lambda: (3).to_bytes(2, 'little')),
                 ('to_bytes overflow', lambda: (300).to_bytes(1, 'big')), ('to_bytes negative', lambda: (-1).to_bytes(1, 'big'))]:
    try:
        print(label, repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)
