# Repeating a str or bytes to an impossible size: CPython raises OverflowError ("repeated ... is
# too long") only when len * n exceeds sys.maxsize, exactly, and MemoryError for a size that fits
# in an ssize_t but cannot be allocated; a bytearray's repeat is a MemoryError either way. bytes(n) refuses an n whose object
# header would overflow ("byte string is too large"); bytearray(n) has no header.
import sys

M = sys.maxsize


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', len(r))
    except (OverflowError, MemoryError) as e:
        print(label, type(e).__name__, e)


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


for seq in ['a', 'ab', 'abc', b'a', b'ab', bytearray(b'ab')]:
    name = type(seq).__name__ + str(len(seq))
    for n in [M, M // 2, M // 2 + 1, M // 3, M // 3 + 1, 2 ** 53 + 1, 2 ** 40]:
        attempt(name, lambda: seq * n)
    attempt(name + ' rmul', lambda: (M // len(seq) + 1) * seq)
    attempt(name + ' index', lambda: seq * Count(M))

ba = bytearray(b'xy')
for n in [M // 2 + 1, M // 2]:
    try:
        ba *= n
    except MemoryError:
        print('imul MemoryError', len(ba))

for n in [M, M - 32, M - 33, 2 ** 62]:
    attempt('bytes(%d)' % (M - n), lambda: bytes(n))
    attempt('bytearray(%d)' % (M - n), lambda: bytearray(n))
attempt('bytes(M + 1)', lambda: bytes(M + 1))
print('x' * 3, b'y' * 2, bytearray(b'z') * 2, 'q' * -M)
