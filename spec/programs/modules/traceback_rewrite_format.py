# Differential probe of lib/traceback.py (rewrite): see the calls below; output compared with CPython 3.11.
from _tb_probe import scrub_stdout

scrub_stdout()

import sys, traceback, io

def show(title, lines):
    print("==", title)
    if isinstance(lines, str):
        print(lines, end="")
    else:
        lines = list(lines)
        print(len(lines), repr(lines) if len(lines) < 3 else "")
        print("".join(lines), end="")

def f1():
    return 1 / 0

def f2():
    f1()

def f3():
    try:
        f2()
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e

def f4():
    try:
        f2()
    except ZeroDivisionError:
        raise KeyError("k")

def f5():
    try:
        f2()
    except ZeroDivisionError:
        raise TypeError("t") from None

# format_exc with no exception
show("no exc", traceback.format_exc())
show("fe None", traceback.format_exception(None))
show("feo None", traceback.format_exception_only(None))

try:
    f2()
except Exception:
    show("format_exc", traceback.format_exc())
    show("format_exc limit1", traceback.format_exc(limit=1))
    show("format_exc limit-1", traceback.format_exc(limit=-1))
    show("format_exc limit0", traceback.format_exc(limit=0))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show("print_exc", buf.getvalue())
    traceback.print_exc(limit=2, file=sys.stdout)
    e = sys.exc_info()[1]
    show("format_exception new", traceback.format_exception(e))
    show("format_exception old", traceback.format_exception(type(e), e, e.__traceback__))
    show("format_exception old limit", traceback.format_exception(type(e), e, e.__traceback__, limit=1))
    show("format_exception old tb None", traceback.format_exception(type(e), e, None))
    show("feo", traceback.format_exception_only(e))
    show("feo old", traceback.format_exception_only(type(e), e))
    show("format_tb", traceback.format_tb(e.__traceback__))
    show("format_tb -2", traceback.format_tb(e.__traceback__, -2))
    show("format_tb 1", traceback.format_tb(e.__traceback__, 1))
    print(traceback.extract_tb(e.__traceback__))
    print([tuple(fs) for fs in traceback.extract_tb(e.__traceback__)])
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    traceback.print_tb(e.__traceback__, limit=1, file=sys.stdout)
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, limit=-1, file=sys.stdout)

for fn in (f3, f4, f5):
    try:
        fn()
    except Exception as e:
        show("chain " + fn.__name__, traceback.format_exception(e))
        show("nochain " + fn.__name__, traceback.format_exception(e, chain=False))
        show("chain limit " + fn.__name__, traceback.format_exception(e, limit=1))
        show("chain limit neg " + fn.__name__, traceback.format_exception(e, limit=-1))

try:
    traceback.format_exception(ValueError, ValueError(1))
except ValueError as e:
    print("ValueError", e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print("TypeError", e)
try:
    traceback.format_exception("abc")
except TypeError as e:
    print("TypeError", e)
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception_only(ValueError("x")))
print(traceback.format_exception_only(ValueError(), ))
print(traceback.format_exception_only(ValueError("")))
print(traceback.format_exception_only(KeyError("x")))
print(traceback.format_exception_only(KeyError()))
print(traceback.format_exception_only(ValueError, ValueError("v")))
print(traceback.format_exception_only(TypeError, ValueError("v")))
for v in (5, "hello"):
    try:
        print(traceback.format_exception_only(v))
    except AttributeError as e:
        print("AttributeError", e)

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")
class BadRepr(Exception):
    def __repr__(self):
        raise RuntimeError("no")
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(BadRepr("ok")))
try:
    raise BadStr("x")
except BadStr as e:
    print(traceback.format_exception(e)[-1])
    te = traceback.TracebackException.from_exception(e)
    print(repr(str(te)))

class Mod:
    class Inner(Exception):
        pass
print(traceback.format_exception_only(Mod.Inner("q")))
Mod.Inner.__module__ = "some.mod"
print(traceback.format_exception_only(Mod.Inner("q")))
Mod.Inner.__module__ = None
print(traceback.format_exception_only(Mod.Inner("q")))
Mod.Inner.__module__ = "builtins"
print(traceback.format_exception_only(Mod.Inner("q")))
import json
try:
    json.loads("{")
except Exception as e:
    print(traceback.format_exception_only(e))

# notes
e = ValueError("noted")
e.add_note("first")
e.add_note("second\nline")
print(traceback.format_exception_only(e))
e.__notes__ = "abc"
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))
e.__notes__ = ("t1", 5)
print(traceback.format_exception_only(e))
class BadNote:
    def __str__(self): raise ValueError
e.__notes__ = [BadNote(), "ok"]
print(traceback.format_exception_only(e))
class BadNotes:
    def __repr__(self): raise ValueError
e.__notes__ = BadNotes()
print(traceback.format_exception_only(e))
e.__notes__ = None
print(traceback.format_exception_only(e))
