# The docstrings and text signatures of the sys, math and time functions, and of the modules.
import math, sys, time

for m in (math, time):
    print(m.__name__, repr(m.__doc__))
    for n in sorted(dir(m)):
        v = getattr(m, n)
        if type(v).__name__ == 'builtin_function_or_method':
            print(n, repr(v.__doc__), v.__text_signature__)
print(sys.__doc__.splitlines()[0])
for n in ('exit', 'getrecursionlimit', 'setrecursionlimit', 'intern', 'getsizeof', 'exc_info',
          'exception', 'displayhook', 'excepthook', 'get_int_max_str_digits', 'getdefaultencoding'):
    f = getattr(sys, n)
    print(n, repr(f.__doc__), f.__text_signature__)
print(help.__class__.__name__ if False else '', math.sqrt.__name__, math.sqrt.__qualname__, math.sqrt.__module__)
for t in (time.struct_time, type(sys.thread_info), type(sys.float_info), type(sys.flags)):
    print(t.__name__, repr(t.__doc__))
