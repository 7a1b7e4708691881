# raise ... from with exception classes, instances and non-exceptions; exceptions whose
# __init__ skips BaseException.__init__; chaining attributes' type checks; except*.
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
def r1():
    raise ValueError("v") from KeyError
try: r1()
except ValueError as e: print(repr(e.__cause__), e.__suppress_context__)
def r2():
    raise ValueError
try: r2()
except ValueError as e: print(repr(e), e.args)
class NotExc: pass
def r3(): raise NotExc
t(r3)
def r4(): raise ValueError from NotExc
t(r4)
def r5(): raise ValueError from NotExc()
t(r5)
class BadInit(Exception):
    def __init__(self): pass
def r6(): raise BadInit
try: r6()
except BadInit as e: print(repr(e), e.args, str(e))
def r7(): raise BadInit("x")
t(r7)
e = Exception("a", "b")
print(e.args, str(e), repr(e))
e.__context__ = ValueError("ctx"); print(repr(e.__context__))
t(lambda: setattr(e, "__cause__", 5))
t(lambda: setattr(e, "__context__", "x"))
t(lambda: setattr(e, "__traceback__", 5))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise
except KeyError as e2:
    print("reraise", e2, e2.__context__)
def gen_exc():
    try:
        yield 1
    except Exception as ex:
        yield repr(ex)
g = gen_exc(); next(g); print(g.throw(KeyError("thrown")))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("caught VE", repr(eg.exceptions))
except* TypeError as eg:
    print("caught TE", repr(eg.exceptions))
print(isinstance(ExceptionGroup("x", [ValueError()]), Exception))
