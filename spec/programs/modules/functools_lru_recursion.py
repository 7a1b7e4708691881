# lru_cache's wrapper counts as a call towards the recursion limit (a C call in CPython), so
# recursion through it fails at the same depth, with the message of the level that hits it.
import functools, sys
@functools.lru_cache(maxsize=None)
def f(n): return 0 if n == 0 else f(n-1) + 1
@functools.lru_cache(maxsize=10)
def g(n): return 0 if n == 0 else g(n-1) + 1
for n in range(480, 520, 3):
    f.cache_clear(); g.cache_clear()
    try: r1 = f(n)
    except RecursionError as e: r1 = str(e)
    try: r2 = g(n)
    except RecursionError as e: r2 = str(e)
    print(n, r1, r2)

# One more frame below: the other kind of level (wrapper or function) now hits the limit.
def via(n):
    return f(n)
for n in (490, 505, 530):
    f.cache_clear()
    try:
        print(n, via(n))
    except RecursionError as e:
        print(n, e)
