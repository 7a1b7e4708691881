# int(str) in base 10: strs the digit loop stops in (an ASCII non-digit fails at once; '_' and
# non-ASCII digits take the general path), with signs and surrounding whitespace.
cases = ["x", "12a", "a12", "+-1", "-+1", "--1", "-x", "+", "-", "", " ", "1 2", "1.5", "1e3",
         "0x1f", "0b1", "1_000", "1__000", "_1", "1_", " 1_2 ", "-1_2", "١٢", "1٢", "-٣",
         "12\u00a0", "\u3000 7", "1\x00", "99999999999999999", "-0", "+0", "007", "0_0",
         "١_٢", "1\u200b", "\t42\n", "4 2", "٣x", "x٣"]
for s in cases:
    try:
        print(ascii(s), int(s))
    except ValueError as e:
        print(ascii(s), "ValueError", e)
