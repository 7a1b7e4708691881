# bytes.hex / bytearray.hex / memoryview.hex: sep must be a str or bytes (a subclass too), not a bytearray,
# memoryview or other buffer; its length and ASCII checks; bytes_per_sep grouping.
class S(str): pass
class B(bytes): pass
for sep in [bytearray(b','), memoryview(b','), b',', B(b':'), S('-'), ',', 'é', b'\xff', [1], bytearray(b',,'), None, 1, '']:
    for o in [b'abc', bytearray(b'ab'), memoryview(b'ab')]:
        try: print(repr(o.hex(sep)), repr(o.hex(sep, 2)))
        except Exception as e: print(type(e).__name__, e)
