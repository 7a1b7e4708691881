# co_firstlineno of a decorated def or class is its first decorator line (both backends).
import sys
def deco(f): return f
@deco
@deco
def f():
    return sys._getframe().f_lineno
@deco
class C:
    line = sys._getframe().f_lineno
    def m(self): pass
print(f.__code__.co_firstlineno, f(), C.line, C.m.__code__.co_firstlineno)
def g():
    raise ValueError
@deco
def h():
    g()
try:
    h()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_firstlineno)
        tb = tb.tb_next
import traceback
@deco
def k():
    return traceback.extract_stack()[-1].lineno
print(k())
