# int(text, base): where an underscore may stand (only between digits, or right after a
# base prefix), with base 0 (prefix picks the base, no leading zeros) and explicit bases.
cases = [('_1', 0), ('_1', 10), ('1_', 10), ('1__0', 10), ('1_0', 0), ('0_1', 0), ('0b_1', 0),
         ('0b1_0', 0), ('0B_', 0), ('0x_f', 0), ('_0x1', 16), ('0x_1', 16), ('0o_7', 8),
         ('0_o7', 0), ('00', 0), ('01', 0), ('0_0', 0), ('-0_0', 0), (' +_5 ', 0), ('-_5', 10),
         ('1_2_3', 36), ('z_z', 36), ('_', 0), ('0b', 2), ('0x', 0), ('0_', 0), ('+0x_A', 0)]
for text, base in cases:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, 'ValueError:', e)
