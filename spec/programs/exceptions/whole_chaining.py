import sys

class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.msg}"

class DbError(AppError): pass
class NotFound(DbError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}", 404)
        self.key = key

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(k) from e

def lookup2(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)

def lookup3(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k) from None

for fn in (lookup, lookup2, lookup3):
    try:
        fn({}, "a")
    except AppError as e:
        print(fn.__name__, str(e), repr(e), e.args)
        print("  cause", repr(e.__cause__), "context", repr(e.__context__), "suppress", e.__suppress_context__)
        tb = e.__traceback__
        n = 0
        while tb:
            n += 1
            print("  frame", tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next

def info():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None, tb.tb_lineno if tb else None)

print(info())
try:
    1 / 0
except ZeroDivisionError:
    print(info())
    try:
        [][1]
    except IndexError:
        print(info())
    print(info())
print(info())

# exception in finally replaces
def f():
    try:
        raise ValueError("v")
    finally:
        try:
            raise TypeError("t")
        except TypeError as e:
            print("inner ctx", repr(e.__context__))
try:
    f()
except Exception as e:
    print("outer", repr(e), repr(e.__context__))

# except var deleted
try:
    raise ValueError(1)
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# with_traceback, add_note
e = ValueError("x")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)

# exception args and str
print(str(Exception()), repr(Exception()), str(Exception(1, 2)), repr(KeyError("k")), str(KeyError("k")))
print(str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x", "fn").filename)
print(repr(StopIteration(3).value), UnicodeError.__mro__[1].__name__)
print(isinstance(FileNotFoundError(), OSError), issubclass(ModuleNotFoundError, ImportError))
try:
    raise OSError(2, "nope")
except FileNotFoundError as e:
    print("mapped to", type(e).__name__, e)

# raise in except with explicit context override
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        ex = RuntimeError("r")
        ex.__context__ = None
        raise ex
except RuntimeError as e:
    print(repr(e.__context__))

# re-raise bare keeps traceback
def reraiser():
    try:
        int("x")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno); tb = tb.tb_next
    print(lines, e)

# exception groups
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
except* ValueError as g:
    print("vals", repr(g), [repr(x) for x in g.exceptions])
except* TypeError as g:
    print("types", repr(g))
eg = ExceptionGroup("m", [ValueError(1), KeyError(2)])
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
