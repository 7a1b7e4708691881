import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()

# ---- generated checks (expected values from CPython 3.11)

_n = _fails = 0

def _fail(line, got):
    global _fails
    _fails += 1
    print('FAIL', line, '->', got)

def check(line, fn, expected):
    global _n
    _n += 1
    try:
        got = fn()
    except Exception as e:
        _fail(line, 'raised %s: %s' % (type(e).__name__, e))
        return
    if repr(got) != expected:
        _fail(line, repr(got) + ' != ' + expected)

def assert_raises(line, fn, exc, msg):
    global _n
    _n += 1
    try:
        got = fn()
    except BaseException as e:
        if type(e).__name__ != exc or str(e) != msg:
            _fail(line, 'raised %s: %s (expected %s: %s)' % (type(e).__name__, e, exc, msg))
        return
    _fail(line, 'no exception, got %r (expected %s: %s)' % (got, exc, msg))

check('isinstance(time.time(), float)', lambda: isinstance(time.time(), float), 'True')
check('isinstance(time.time_ns(), int)', lambda: isinstance(time.time_ns(), int), 'True')
check('time.perf_counter() >= p0', lambda: time.perf_counter() >= p0, 'True')
check('time.monotonic() >= m0', lambda: time.monotonic() >= m0, 'True')
check('isinstance(time.process_time(), float)', lambda: isinstance(time.process_time(), float), 'True')
check('isinstance(time.thread_time(), float)', lambda: isinstance(time.thread_time(), float), 'True')
check('time.sleep(0)', lambda: time.sleep(0), 'None')
check('time.sleep(0.001)', lambda: time.sleep(0.001), 'None')
assert_raises('time.sleep(-1)', lambda: time.sleep(-1), 'ValueError', 'sleep length must be non-negative')
assert_raises("time.sleep('a')", lambda: time.sleep('a'), 'TypeError', "'str' object cannot be interpreted as an integer")
assert_raises('time.sleep()', lambda: time.sleep(), 'TypeError', 'time.sleep() takes exactly one argument (0 given)')
check('time.gmtime(0)', lambda: time.gmtime(0), 'time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)')
check('time.gmtime(86400 * 365.25 * 30)', lambda: time.gmtime(86400 * 365.25 * 30), 'time.struct_time(tm_year=2000, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=1, tm_isdst=0)')
check('tuple(time.gmtime(1e9))', lambda: tuple(time.gmtime(1e9)), '(2001, 9, 9, 1, 46, 40, 6, 252, 0)')
check('time.gmtime(1e9).tm_year', lambda: time.gmtime(1e9).tm_year, '2001')
check('time.gmtime(1e9).tm_yday', lambda: time.gmtime(1e9).tm_yday, '252')
check('time.gmtime(1e9).tm_wday', lambda: time.gmtime(1e9).tm_wday, '6')
check('time.gmtime(1e9).tm_isdst', lambda: time.gmtime(1e9).tm_isdst, '0')
check('time.gmtime(1e9).tm_zone', lambda: time.gmtime(1e9).tm_zone, "'GMT'")
check('time.gmtime(1e9).tm_gmtoff', lambda: time.gmtime(1e9).tm_gmtoff, '0')
check('time.gmtime(1e9)[0]', lambda: time.gmtime(1e9)[0], '2001')
check('time.gmtime(1e9)[:3]', lambda: time.gmtime(1e9)[:3], '(2001, 9, 9)')
check('len(time.gmtime(0))', lambda: len(time.gmtime(0)), '9')
assert_raises("time.gmtime('a')", lambda: time.gmtime('a'), 'TypeError', "'str' object cannot be interpreted as an integer")
check("time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1e9))", lambda: time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1e9)), "'2001-09-09 01:46:40'")
check("time.strftime('%a %A %b %B %j %U %W %w %y %p %I %%', time.gmtime(1e9))", lambda: time.strftime('%a %A %b %B %j %U %W %w %y %p %I %%', time.gmtime(1e9)), "'Sun Sunday Sep September 252 36 36 0 01 AM 01 %'")
check("time.strftime('%c', time.gmtime(0))", lambda: time.strftime('%c', time.gmtime(0)), "'Thu Jan  1 00:00:00 1970'")
check("time.strftime('%x %X', time.gmtime(0))", lambda: time.strftime('%x %X', time.gmtime(0)), "'01/01/70 00:00:00'")
check("time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0))", lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), "'2020'")
assert_raises("time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))", lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)), 'ValueError', 'month out of range')
assert_raises("time.strftime('%Y', (2020, 1))", lambda: time.strftime('%Y', (2020, 1)), 'TypeError', 'strftime(): illegal time tuple argument')
assert_raises('time.strftime(1)', lambda: time.strftime(1), 'TypeError', 'strftime() argument 1 must be str, not int')
check('time.asctime(time.gmtime(0))', lambda: time.asctime(time.gmtime(0)), "'Thu Jan  1 00:00:00 1970'")
check('time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0))', lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), "'Mon Jan  1 00:00:00 2020'")
check('time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))', lambda: time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), 'time.struct_time(tm_year=2020, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=6, tm_yday=7, tm_isdst=0)')
assert_raises('time.struct_time((1, 2))', lambda: time.struct_time((1, 2)), 'TypeError', 'time.struct_time() takes an at least 9-sequence (2-sequence given)')
check('time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mon', lambda: time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mon, '1')
check('time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone', lambda: time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone, 'None')
check('time.mktime(time.localtime(1e9)) == 1e9', lambda: time.mktime(time.localtime(1e9)) == 1e9, 'True')
check("time.calendar if hasattr(time, 'calendar') else 'no'", lambda: time.calendar if hasattr(time, 'calendar') else 'no', "'no'")
check("time.strptime('2020-01-02', '%Y-%m-%d')", lambda: time.strptime('2020-01-02', '%Y-%m-%d'), 'time.struct_time(tm_year=2020, tm_mon=1, tm_mday=2, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=2, tm_isdst=-1)')
check("time.strptime('2020-01-02', '%Y-%m-%d').tm_yday", lambda: time.strptime('2020-01-02', '%Y-%m-%d').tm_yday, '2')
assert_raises("time.strptime('x', '%Y')", lambda: time.strptime('x', '%Y'), 'ValueError', "time data 'x' does not match format '%Y'")
check("time.get_clock_info('monotonic').monotonic", lambda: time.get_clock_info('monotonic').monotonic, 'True')
check("time.get_clock_info('time').adjustable", lambda: time.get_clock_info('time').adjustable, 'True')
assert_raises("time.get_clock_info('x')", lambda: time.get_clock_info('x'), 'ValueError', 'unknown clock')
check('type(time.gmtime()).__name__', lambda: type(time.gmtime()).__name__, "'struct_time'")
check('time.struct_time.__module__', lambda: time.struct_time.__module__, "'time'")
check('time.struct_time.n_fields', lambda: time.struct_time.n_fields, '11')
check('time.struct_time.n_sequence_fields', lambda: time.struct_time.n_sequence_fields, '9')
check('time.gmtime(0) == time.gmtime(0)', lambda: time.gmtime(0) == time.gmtime(0), 'True')
check('time.gmtime(0) < time.gmtime(1)', lambda: time.gmtime(0) < time.gmtime(1), 'True')
check('time.ctime(0).__class__.__name__', lambda: time.ctime(0).__class__.__name__, "'str'")
check('time.time_ns() // 10**9 - int(time.time()) in (0, 1, -1)', lambda: time.time_ns() // 10**9 - int(time.time()) in (0, 1, -1), 'True')
check('time.monotonic_ns() > 0', lambda: time.monotonic_ns() > 0, 'True')
check('time.perf_counter_ns() > 0', lambda: time.perf_counter_ns() > 0, 'True')
check('time.process_time_ns() >= 0', lambda: time.process_time_ns() >= 0, 'True')
check('isinstance(time.timezone, int)', lambda: isinstance(time.timezone, int), 'True')
check('isinstance(time.altzone, int)', lambda: isinstance(time.altzone, int), 'True')
check('isinstance(time.daylight, int)', lambda: isinstance(time.daylight, int), 'True')
check('type(time.tzname).__name__', lambda: type(time.tzname).__name__, "'tuple'")
check('len(time.tzname)', lambda: len(time.tzname), '2')
check('time.CLOCK_MONOTONIC', lambda: time.CLOCK_MONOTONIC, '1')
print('ok', _n, _fails)
