# int(str) around the fast path: surrounding whitespace (ASCII and Unicode, but not the
# \x1c-\x1f separators or U+FEFF), signs, 15 and 16 digits, underscores, Unicode digits,
# other bases, and the error messages.
texts = ["0", "-0", "+0", "7", " 7 ", "\t-3\n", "\x0b12\x0c", "\r\n42\r\n", "\x1c5", "5\x1f",
         "\x855", "\xa0 9 \xa0", "\u30005\u2000", "\u2028 6 \u2029", "\ufeff5", "5\ufeff",
         "+ 4", "- 4", "--4", "+-4", "", " ", "-", "+", "  -  ", "123456789012345",
         "-123456789012345", "1234567890123456", "9007199254740993", " 99999999999999999999 ",
         "1_000", " 1_0 ", "1__0", "_1", "1_", "\uff15\uff10", "\u0661\u0662", "١٢٣",
         "0x10", "010", "00", "0_0", "1e3", "1.0", "12a", "a12", "٣ 4"]
for t in texts:
    try:
        print(ascii(t), int(t))
    except ValueError as e:
        print(ascii(t), "ValueError:", e)
for t, b in [(" ff ", 16), ("\t0x1F\n", 16), (" 0b101 ", 0), (" 0o17", 0), (" 12 ", 8),
             (" z ", 36), (" 10 ", 2), ("\x855", 10), ("\x1c7", 0)]:
    try:
        print(ascii(t), b, int(t, b))
    except ValueError as e:
        print(ascii(t), b, "ValueError:", e)
print(sum(int(str(i)) for i in range(-500, 500)), sum(int(f" {i} ") for i in range(1000)))
