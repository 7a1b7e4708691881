# memoryview.cast() reads its format as ASCII before it looks the format up: a non-ASCII
# character is the ascii codec's UnicodeEncodeError, an unknown ASCII one the ValueError.
for fmt in ['é', 'Bé', '@é', '\udc80', 'x', 'BB', 'B', 'c']:
    try:
        m = memoryview(b'ab').cast(fmt)
        print(repr(fmt), m.format, m.tolist())
    except (UnicodeEncodeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
