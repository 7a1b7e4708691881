# traceback's `limit`: positive keeps the outermost entries, negative the innermost, 0 none
# (and then no "Traceback" header), applied to every exception of a chain; format_tb
# collapses a line repeated more than three times.
import sys
import traceback


def deep(n):
    if n == 0:
        raise ValueError('deep')
    deep(n - 1)


try:
    deep(3)
except ValueError as e:
    print(traceback.format_exc(limit=2))
    print(traceback.format_exc(limit=-1))
    print(traceback.format_exc(limit=0))
    print(''.join(traceback.format_exception(e, limit=1)))
    print(''.join(traceback.format_tb(e.__traceback__, limit=2)))
    print(''.join(traceback.format_tb(e.__traceback__, limit=-2)))
    print(''.join(traceback.format_tb(e.__traceback__)))
    traceback.print_exc(limit=1, file=sys.stdout)


def chained():
    try:
        deep(1)
    except ValueError as e:
        raise KeyError('k') from e


try:
    chained()
except KeyError:
    print(traceback.format_exc(limit=1))
    print(traceback.format_exc(limit=1, chain=False))

try:
    deep(8)
except ValueError as e:
    print(''.join(traceback.format_tb(e.__traceback__)))
    print(''.join(traceback.format_exception(e, limit=6)))
