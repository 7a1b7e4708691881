# Argument-count TypeErrors of sys, math and time functions: METH_NOARGS / METH_O ones name
# the function with its module (sys.getrecursionlimit()), Argument Clinic ones as CPython words them.
import sys, time, math
for f, a in [(time.time, (1,)), (time.perf_counter, (1,)), (time.monotonic, (1,)), (time.time_ns, (1,)), (time.process_time, (1,)), (sys.getrecursionlimit, (1,)), (sys.exc_info, (1,)), (sys.getdefaultencoding, (1,)), (sys.get_int_max_str_digits, (1,)), (globals, (1,)), (locals, (1,)), (math.sqrt, ()), (math.sqrt, (1, 2)), (time.sleep, ()), (sys.exit, (1, 2)), (sys.intern, ()), (math.floor, ()), (math.log, ()), (math.log, (1, 2, 3)), (math.pow, (1,)), (math.hypot, ('a',)), (math.gcd, ('a',)), (time.gmtime, (1, 2)), (time.strftime, ()), (sys.getsizeof, ()), (sys.setrecursionlimit, ()), (math.isclose, (1,)), (math.copysign, (1,)), (math.atan2, (1,)), (math.ldexp, (1,)), (math.comb, (1,)), (math.perm, ()), (math.prod, ()), (math.fsum, ()), (math.dist, ((1,),)), (math.trunc, ()), (math.frexp, ()), (math.isqrt, ())]:
    try: f(*a)
    except TypeError as e: print(e)
