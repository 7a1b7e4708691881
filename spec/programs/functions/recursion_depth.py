# Deep (but bounded) recursion works; unbounded recursion raises RecursionError.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
print(depth(100))
print(sys.getrecursionlimit())
