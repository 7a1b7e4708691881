# float(str): the plain decimal forms and their neighbours (signs, missing digits on one
# side of the point, exponents, whitespace, underscores, inf/nan words, Unicode digits and
# spaces, overflow and underflow) and the error messages.
texts = ["0", "-0", "+0.0", "1.", ".5", "-.5", "+.5e-3", "1e5", "1E5", "1e+05", "1e-400",
         "1e400", "-1e400", "00012", "  3.25  ", "\t-2.5\n", "\x0b1\x0c", "\x1c1", "1\x1f",
         "\x851.5", "\xa02\xa0", "\ufeff1", "\u30001e1", ".", "-", "+", "", " ", "e5", ".e5",
         "1e", "1e+", "1.2.3", "1..2", "--1", "+-1", "1 2", "1_000.5", "1_0e1_0", "_1", "1_",
         "1._5", "inf", "-Infinity", "nan", "+NaN", "infinit", "0x10", "\uff11.\uff15",
         "\u0661\u066b\u0662", "123456789012345678901234567890", "0.1", "2.675",
         "4.9406564584124654e-324", "2.2250738585072014e-308", "1.7976931348623157e308",
         "1.7976931348623159e308", "9007199254740993", "-9007199254740993.0"]
for t in texts:
    try:
        print(ascii(t), repr(float(t)))
    except ValueError as e:
        print(ascii(t), "ValueError:", e)
print(sum(float(f" {i}.{i % 7}e{i % 5 - 2} ") for i in range(2000)))
