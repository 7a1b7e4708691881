# time.get_clock_info, clock_gettime[_ns]/clock_getres and the CLOCK_* ids, tzset; sys.warnoptions,
# _xoptions, abiflags, get/setswitchinterval, call_tracing, copyright, orig_argv, prefix.
import time, sys
for n in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    i = time.get_clock_info(n)
    print(n, i.implementation, i.monotonic, i.adjustable, i.resolution, type(i).__name__)
print(time.get_clock_info('monotonic'))
for bad in ['x', 5]:
    try: time.get_clock_info(bad)
    except Exception as e: print(type(e).__name__, e)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
a = time.clock_gettime(time.CLOCK_MONOTONIC); b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(type(a).__name__, b >= a, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
print(time.clock_getres(time.CLOCK_MONOTONIC))
for f in [time.clock_gettime, time.clock_getres]:
    try: f(99)
    except OSError as e: print(type(e).__name__, e, e.errno)
print(time.tzset())
print(sys.warnoptions, sys._xoptions, sys.abiflags, sys.getswitchinterval(), type(sys.copyright).__name__, type(sys.orig_argv).__name__)
sys.setswitchinterval(0.01); print(sys.getswitchinterval())
for v in [0, -1, 'a']:
    try: sys.setswitchinterval(v)
    except Exception as e: print(type(e).__name__, e)
print(sys.call_tracing(divmod, (7, 2)))
try: sys.call_tracing(len, [1])
except TypeError as e: print(e)
print(isinstance(sys.prefix, str), sys.implementation.name, sys.implementation.cache_tag)
