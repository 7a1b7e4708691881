# int(text, base) for short ASCII texts in bases other than 10 takes a digit loop; everything
# else (underscores, Unicode digits, long values, errors) the general parser.
cases = [("ff", 16), ("FF", 16), ("0xff", 16), ("0XfF", 16), ("-0x1f", 16), ("+7f", 16), (" 1a \n", 16), ("0b101", 2), ("0B11", 2),
         ("-101", 2), ("0o17", 8), ("0O17", 8), ("777", 8), ("z", 36), ("Zz", 36), ("-0", 16), ("0", 2), ("10", 3), ("1" * 52, 2),
         ("1" * 53, 2), ("1" * 60, 2), ("f" * 13, 16), ("f" * 14, 16), ("f" * 20, 16), ("zzzzzzzzzz", 36), ("zzzzzzzzzzzz", 36),
         ("f_f", 16), ("0x_ff", 16), ("١٢", 16), ("0x", 16), ("0b", 2), ("", 16), ("-", 16), ("0x10", 8), ("0b2", 2), ("12", 2),
         ("g", 16), ("ff ", 16), ("f f", 16), ("0xg", 16), ("+-1", 16), ("__1", 16), ("1_", 16), ("\u0130", 36), ("0o8", 8),
         ("10", 0), ("0x10", 0), ("0b10", 0), ("010", 0), ("9" * 20, 10)]
for text, base in cases:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError", e)
acc = 0
for i in range(2000):
    acc += int(bin(i), 2) + int(hex(-i), 16) + int(oct(i), 8) + int(format(i, "x"), 16) + int(str(i), 10 + i % 27)
print(acc)
