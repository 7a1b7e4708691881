# time's C-level limits, as CPython 3.11 on glibc reports them:
# - a time tuple's fields are C ints ("i"): beyond a C long "Python int too large to convert to
#   C long", else "signed integer is greater than maximum" / "less than minimum"; a year below
#   INT_MIN + 1900 "year out of range";
# - a timestamp is a time_t (int64): outside it OverflowError; inside it but past the years a
#   C int tm_year holds, gmtime/localtime fail with OSError EOVERFLOW (errno 75);
# - strftime's format may not contain a NUL (ValueError, after the tuple is checked).
import time


def attempt(label, f):
    try:
        print(label, f())
    except (OverflowError, OSError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e, getattr(e, 'errno', ''))


def tup(year=2000, mon=1):
    return (year, mon, 1, 0, 0, 0, 0, 1, 0)


for y in [2 ** 31 - 1, 2 ** 31, 2 ** 40, 2 ** 63, 2 ** 70, -2 ** 31 + 1900, -2 ** 31 + 1899, -2 ** 31 - 1]:
    attempt('strftime year %d' % y, lambda: time.strftime('%Y', tup(y)))
    attempt('asctime year %d' % y, lambda: time.asctime(tup(y)))
for m in [2 ** 31, -2 ** 31 - 1, 2 ** 64, 2.0, 13]:
    attempt('strftime mon %r' % m, lambda: time.strftime('%m', tup(mon=m)))

for fmt in ['%\0', '\0', 'a\0b%Y']:
    attempt('strftime %r' % fmt, lambda: time.strftime(fmt, tup()))
attempt('NUL and bad month', lambda: time.strftime('\0', tup(mon=13)))

for ts in [0, 2 ** 62, -2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 1e17, -1e17, 9.3e18,
           float(2 ** 63), float(-2 ** 63), 67768036191676800,
           -67768040609740800]:
    attempt('gmtime %r' % ts, lambda: time.gmtime(ts)[:3])
for ts in [2 ** 62, 1e17, -1e17, 2 ** 63]:
    attempt('localtime %r' % ts, lambda: time.localtime(ts)[:1])
    attempt('ctime %r' % ts, lambda: time.ctime(ts)[:1])
attempt('gmtime nan', lambda: time.gmtime(float('nan')))
