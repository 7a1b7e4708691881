# "cannot fit 'X' into an index-sized integer" names the type of the object whose __index__ gave
# the huge value (IndexError for subscripts, OverflowError for repeat counts and sizes).


class IBig:
    def __index__(self):
        return 2**70


class INeg:
    def __index__(self):
        return -2**70


def sa():
    b = bytearray(b'a')
    b[IBig()] = 1


def la():
    x = [1, 2]
    x[INeg()] = 1


tests = [
    lambda: b'ab'[IBig()], lambda: bytearray(b'a')[IBig()], lambda: memoryview(b'a')[IBig()],
    lambda: bytes(IBig()), lambda: b'a' * IBig(), lambda: 'a'[IBig()], lambda: 'a' * INeg(),
    lambda: (1,)[IBig()], lambda: [1] * IBig(), lambda: (1,) * IBig(), lambda: IBig() * 'ab',
    lambda: range(3)[IBig()], lambda: [1][INeg()], lambda: [1][2**70], lambda: 'x' * 2**70, sa, la,
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
