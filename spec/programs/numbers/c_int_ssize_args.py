# sys.setrecursionlimit takes a C int; int.to_bytes a ssize_t length: past those an OverflowError
# with CPython's wording comes first (was: a limit accepted / a MemoryError).
import sys
for v in [2 ** 31, 2 ** 31 - 1, -2 ** 31 - 1, 2 ** 100, 0, -5, 'x', 1.5]:
    try:
        sys.setrecursionlimit(v)
        print('ok', sys.getrecursionlimit())
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
for n in [2 ** 63, 2 ** 100, -1, -2 ** 63 - 1, 0, 3]:
    try:
        print((0).to_bytes(n, 'big')[:4], (5).to_bytes(length=n, byteorder='little')[:4])
    except Exception as e:
        print(type(e).__name__, e)
