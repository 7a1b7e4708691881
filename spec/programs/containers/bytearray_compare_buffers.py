# bytearray compares (all six operators) with any buffer, memoryview included, by raw bytes;
# bytes only with bytes and bytearray; memoryview itself only answers == and !=.
m = memoryview(b'ab')
for a, b in [(m, bytearray(b'xy')), (bytearray(b'xy'), m), (bytearray(b'ab'), b'ab'), (b'ab', bytearray(b'ac')), (m, b'ab'), (b'ab', m), (bytearray(b'a'), memoryview(b'b')), (bytearray(b'a'), 'a'), (bytearray(b'a'), [97]), (bytearray(b'a'), memoryview(b'a').cast('c'))]:
    for op in ['<', '<=', '==', '!=', '>', '>=']:
        try: print(type(a).__name__, op, type(b).__name__, eval('a %s b' % op))
        except TypeError as e: print(type(a).__name__, op, type(b).__name__, 'TypeError', e)
print(bytearray(b'\x01\x00') == memoryview(b'\x01\x00').cast('H'), bytearray(b'\x01\x00') < memoryview(b'\x01\x01').cast('H'))
print(sorted([bytearray(b'b'), bytearray(b'a')]), bytes(max(bytearray(b'x'), memoryview(b'y'), key=bytes)))
