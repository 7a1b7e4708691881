# sys._getframe: the calling frame, its code name, caller and line; depth errors.
import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, type(fr.f_lineno).__name__
print(f())
def g():
    return sys._getframe(1).f_code.co_name
def caller():
    return g()
print(caller())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_globals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
