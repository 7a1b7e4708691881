# traceback's `limit`: positive keeps the outermost entries, negative the innermost, 0 none
# (and then no "Traceback" header), applied to every exception of a chain; format_tb
# collapses a line repeated more than three times. (The script's path is absolute in
# tracebacks, so it is printed as FILE: the output must not depend on the checkout.)
import io
import sys
import traceback


def show(text):
    print(text.replace(__file__, "FILE"))


def deep(n):
    if n == 0:
        raise ValueError('deep')
    deep(n - 1)


try:
    deep(3)
except ValueError as e:
    show(traceback.format_exc(limit=2))
    show(traceback.format_exc(limit=-1))
    show(traceback.format_exc(limit=0))
    show(''.join(traceback.format_exception(e, limit=1)))
    show(''.join(traceback.format_tb(e.__traceback__, limit=2)))
    show(''.join(traceback.format_tb(e.__traceback__, limit=-2)))
    show(''.join(traceback.format_tb(e.__traceback__)))
    buf = io.StringIO()
    traceback.print_exc(limit=1, file=buf)
    show(buf.getvalue())


def chained():
    try:
        deep(1)
    except ValueError as e:
        raise KeyError('k') from e


try:
    chained()
except KeyError:
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=1, chain=False))

try:
    deep(8)
except ValueError as e:
    show(''.join(traceback.format_tb(e.__traceback__)))
    show(''.join(traceback.format_exception(e, limit=6)))
