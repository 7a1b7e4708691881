import sys
def a(): b()
def b(): raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names, e.__traceback__.tb_lineno > 0)
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2("x")
except E1 as e:
    print(type(e).__name__, isinstance(e, E1), E2.__mro__[:3])
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])
print(eg, repr(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(KeyError)
print(match, rest)
print(eg.subgroup(lambda e: isinstance(e, ValueError)))
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except BaseExceptionGroup as e:
    print(type(e).__name__, e.exceptions)
e = ValueError("with note")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise ValueError("middle") from e
    except ValueError as e2:
        return e2
r = nested()
print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)
try:
    try:
        raise TypeError("t")
    finally:
        pass
except TypeError as e:
    print("finally passthrough", e)
def ret_in_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(ret_in_finally())
def exc_in_except():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as v:
            return repr(v.__context__)
print(exc_in_except())
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception:", type(e).__name__)
print(sys.exc_info()[0])
try:
    raise KeyError
except KeyError:
    print(sys.exc_info()[0].__name__, sys.exception().__class__.__name__ if hasattr(sys, "exception") else "")
class WithArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithArgs(1, 2)
print(w.args, str(w), repr(w), w.b)
class NoSuper(Exception):
    def __init__(self, msg):
        self.msg = msg
ns = NoSuper("m")
print(ns.args, str(ns), repr(ns))
print(repr(OSError(2, "msg")), str(OSError(2, "msg", "fname")), OSError(2, "x").args, repr(UnicodeError("u")))
print(str(KeyError("quoted")), str(KeyError(1, 2)), repr(KeyError("k")), str(IndexError()), str(AttributeError("a")))
