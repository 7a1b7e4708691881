# Differential probe of lib/traceback.py (rewrite): see the calls below; output compared with CPython 3.11.
from _tb_probe import scrub_stdout, show

scrub_stdout()

import sys, traceback, io


def boom(i):
    raise ValueError(f"v{i}")

def make_group():
    excs = []
    for i in range(3):
        try:
            boom(i)
        except ValueError as e:
            excs.append(e)
    try:
        raise ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
    except ExceptionGroup as g:
        excs.append(g)
    return ExceptionGroup("outer", excs)

try:
    raise make_group()
except ExceptionGroup as eg:
    show("group", traceback.format_exception(eg))
    show("group limit", traceback.format_exception(eg, limit=1))
    show("group only", traceback.format_exception_only(eg))
    te = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=1)
    show("group narrow", te.format())
    te = traceback.TracebackException.from_exception(eg, max_group_width=0)
    show("group w0", te.format())
    print(len(te.exceptions), te.exceptions[3].exceptions[0].exc_type)

g = ExceptionGroup("plain", [ValueError(1), ExceptionGroup("sub", [OSError(2, "x")])])
show("plain group", traceback.format_exception(g))
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
show("wide", traceback.format_exception(wide))
def deep(n):
    e = ValueError("leaf")
    for i in range(n):
        e = ExceptionGroup(f"lvl{i}", [e])
    return e
show("deep", traceback.format_exception(deep(12)))
# group with cause
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ExceptionGroup("caused", [ValueError("b")]) from k
except ExceptionGroup as eg:
    show("group cause", traceback.format_exception(eg))
# member with context
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ExceptionGroup("ctx", [ValueError("in")])
except ExceptionGroup as eg:
    show("group ctx", traceback.format_exception(eg))
# member with its own chain
try:
    1/0
except ZeroDivisionError as z:
    m = ValueError("member")
    m.__cause__ = z
show("member chain", traceback.format_exception(ExceptionGroup("mc", [m])))
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__)
show("base group", traceback.format_exception(bg))
eg = ExceptionGroup("noted", [ValueError("x")])
eg.add_note("group note")
eg.exceptions[0].add_note("member note")
show("group notes", traceback.format_exception(eg))

# cycles and self-context
a = ValueError("a"); b = KeyError("b")
a.__context__ = b; b.__context__ = a
show("cycle", traceback.format_exception(a))
c = ValueError("c"); c.__cause__ = c
show("self cause", traceback.format_exception(c))
d = ValueError("d"); d.__cause__ = KeyError("dc"); d.__context__ = TypeError("dx")
show("cause and ctx", traceback.format_exception(d))
te = traceback.TracebackException.from_exception(d)
print(te.__cause__.exc_type, te.__context__)
te = traceback.TracebackException.from_exception(d, compact=False)
print(te.__cause__.exc_type, te.__context__.exc_type)
show("noncompact", te.format())
d.__suppress_context__ = False
d.__cause__ = None
show("ctx only", traceback.format_exception(d))
d.__suppress_context__ = True
show("suppressed", traceback.format_exception(d))
te = traceback.TracebackException.from_exception(d, compact=False)
print(te.__context__.exc_type, te.__suppress_context__)
show("suppressed noncompact", te.format())

# SyntaxErrors
for src in ["x = (1 +", "def f(:\n  pass", "a b c", "  x = 1\n", "x = 1 +\n", "f(**x, *y)", "'abc", "if x:\npass", "\tx = $"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        show("syntax " + repr(src), traceback.format_exception_only(e))
        te = traceback.TracebackException.from_exception(e)
        print(repr(te.filename), repr(te.lineno), repr(te.end_lineno), repr(te.text), te.offset, te.end_offset, repr(te.msg))
def se(*args, **attrs):
    e = SyntaxError(*args)
    for k, v in attrs.items():
        setattr(e, k, v)
    return traceback.format_exception_only(e)
print(se("msg"))
print(se())
print(se("msg", ("f.py", 3, 5, "  hello world\n")))
print(se("msg", ("f.py", 3, 5, "  hello world\n", 3, 9)))
print(se("msg", ("f.py", 3, 0, "hello\n")))
print(se("msg", ("f.py", 3, 1, "hello\n", 3, -1)))
print(se("msg", ("f.py", 3, 2, "hello\n", 3, 2)))
print(se("msg", ("f.py", 3, 100, "hello\n")))
print(se("msg", ("f.py", None, 2, "hello\n")))
print(se("msg", (None, 3, 2, "hello\n")))
print(se("msg", (None, None, None, None)))
print(se("", ("f.py", 1, 1, "x")))
print(se("tab", ("f.py", 1, 4, "\tab\tcd\n", 1, 7)))
print(se("ff", ("f.py", 1, 3, "\f  ab\n")))
print(se("m", ("f.py", 1, 2, "ab"), text=None))
print(se("m", ("f.py", "7", 2, "ab")))
print(se("m", ("", 7, 2, "ab")))
print(se("m", ("f.py", 7, 2, "ab\n\n")))
print(se("m", ("f.py", 7, 2, "line1\nline2\n")))
class MySE(SyntaxError): pass
print(traceback.format_exception_only(MySE("custom", ("f.py", 2, 1, "zz\n"))))
print(traceback.format_exception_only(IndentationError("expected an indented block", ("f.py", 2, 1, "zz\n"))))
try:
    exec("def g():\n  return 1\n   x")
except SyntaxError as e:
    print(traceback.format_exception_only(e), type(e).__name__)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-4:])
