# The time module used only in ways whose output does not depend on the clock.
import time

t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0)
print(type(t1).__name__, type(m1).__name__, type(p1).__name__)
print(time.monotonic() >= m1, time.perf_counter() >= p1, t1 > 1_600_000_000)
print(type(time.time_ns()).__name__, time.time_ns() > 0)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)))
print(tuple(time.gmtime(1_000_000_000))[:6])
