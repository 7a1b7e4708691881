# bytes % x: a bytes or bytearray x is a single argument, not a mapping; other subscriptable
# objects (list, memoryview) count as mappings, so extra arguments are not reported for them.
for fmt in [b'ab', bytearray(b'ab'), 'ab']:
    for arg in [bytearray(b'x'), b'x', memoryview(b'x'), [1], 'x', {'k': 1}]:
        try:
            print(repr(fmt), type(arg).__name__, repr(fmt % arg))
        except TypeError as e:
            print(repr(fmt), type(arg).__name__, e)
print(b'%s' % bytearray(b'xy'), b'%(k)s' % {b'k': bytearray(b'v')}, bytearray(b'%d') % 5)
