# str/bytes find, rfind, index, rindex and count convert start/end before checking the
# substring, so a bad slice index is reported first; int.from_bytes checks byteorder's value
# before converting the bytes.
calls = ["'abc'.find((), {})", "'abc'.count(1, 'x')", "'abc'.index(1, 'x')", "'abc'.rfind(1, None, 'e')",
         "'abc'.rindex(None, 1.5)", "'abc'.find(1)", "'abc'.count('b', None, None)", "'abcb'.rfind('b', -3)",
         "b'abc'.find('a', 'b')", "b'abc'.count((), {})", "b'abc'.index('x', 1)", "bytearray(b'abc').rfind('a', 'b')",
         "b'abc'.rindex(98, 0, 5)", "b'abc'.count(97, None)", "int.from_bytes('a', 'b')", "int.from_bytes(1, 'x')",
         "int.from_bytes(1, 'big')", "int.from_bytes(b'\\x01\\x00', 'little')"]
for c in calls:
    try:
        print(c, '->', eval(c))
    except (TypeError, ValueError) as e:
        print(c, '->', type(e).__name__, e)
