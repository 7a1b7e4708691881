# bytes() checks that encoding and errors are str before it looks at the source:
# a wrong type is reported as such, whatever the source is (or when there is none).
calls = [
    lambda: bytes('ab', errors=b'a'),
    lambda: bytes('ab', encoding=5),
    lambda: bytes(1, errors=5),
    lambda: bytes(errors=5),
    lambda: bytes(encoding=None),
    lambda: bytes([1], 'ascii', 3),
    lambda: bytes('ab', 'ascii', None),
    lambda: bytearray('ab', errors=b'a'),
    lambda: bytearray(errors=5),
    # the right types fall through to the usual source checks
    lambda: bytes(errors='strict'),
    lambda: bytes(1, errors='strict'),
    lambda: bytes('ab', errors='strict'),
    lambda: bytes('ab', 'ascii', 'strict'),
]
for call in calls:
    try:
        print(repr(call()))
    except TypeError as e:
        print('TypeError:', e)
