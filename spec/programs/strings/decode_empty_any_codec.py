# Decoding no bytes looks no codec up (PyUnicode_Decode returns '' at once); encoding does.
for e in ["b''.decode('bogus')", "bytearray().decode('bogus', 'bogus')", "str(b'', 'bogus')", "b''.decode('hex')",
          "str(b'', 'bogus', 'x')", "str(bytearray(), encoding='nope')", "b''.decode(errors='bogus')",
          "''.encode('bogus')", "''.encode('utf-8', 'bogus')", "bytes('', 'bogus')", "bytearray('', 'bogus')",
          "b'a'.decode('bogus')", "b'a'.decode('utf-8', 'bogus')", "b'\\xff'.decode('utf-8', 'bogus')"]:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
