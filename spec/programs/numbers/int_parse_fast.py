# int() of strs on the short decimal fast path and next to it (signs, zeros, underscores,
# whitespace, Unicode digits, 15 and 16 digits), and int() of ints and bools.
for s in ["0", "-0", "+0", "007", "-007", "123456789012345", "-123456789012345", "1234567890123456", "+5", "-", "+", "", " 5", "5 ", "1_000", "1__0", "_1", "1_", "٣", "12a", "0x10", "--5", "+-5", "9" * 15, "-" + "9" * 14]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int(5), int(-2**70), int(True), int(3.9), type(int(True)).__name__)
class I(int): pass
print(type(I(5)).__name__, I("12") + 1)
