import time
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
g = time.gmtime(1700000000)
print(g, len(g), g[0], g[-1], g[:3], g.tm_zone, g.tm_gmtoff, tuple(g))
for fmt in ['%Y-%m-%d', '%H:%M:%S', '%a %A %b %B', '%c', '%x', '%X', '%j %U %W %w', '%y %p %I', '%%', '%e' if False else '%d', '%Z', '%G %V %u', '%D %T %R %r', '%n%t|', '%C %g %h']:
    print(fmt, '->', time.strftime(fmt, g))
print(time.asctime(g), time.asctime(time.gmtime(0)))
t(lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020,)))
t(lambda: time.strftime(5))
t(lambda: time.gmtime('x'))
t(lambda: time.gmtime(1e20))
t(lambda: time.struct_time((1, 2, 3)))
st = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0)); print(st, st.tm_yday, st.tm_zone)
t(lambda: setattr(st, 'tm_year', 1))
print(time.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S')[:8])
t(lambda: time.strptime('bad', '%Y'))
print(time.mktime(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, -1))) > 0, type(time.mktime(time.localtime())).__name__)
print(time.gmtime(-1)[:6], time.gmtime(0.9)[:6], time.gmtime(-0.5)[:6] if True else '')
a = time.perf_counter(); b = time.perf_counter(); print(b >= a, time.monotonic_ns() > 0, isinstance(time.time_ns(), int))
print(time.timezone % 60 == 0 if hasattr(time, 'timezone') else '', type(time.tzname).__name__, time.daylight in (0, 1))
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)
t(lambda: time.get_clock_info('nope'))
