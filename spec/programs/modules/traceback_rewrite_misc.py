# Differential probe of lib/traceback.py (rewrite): see the calls below; output compared with CPython 3.11.
from _tb_probe import scrub_stdout, show

scrub_stdout()

import sys, traceback, io, linecache


def fail(x):
    y = [x, "two"]
    raise ValueError(x)

try:
    fail(3)
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(len(te.stack), sorted(te.stack[-1].locals.items()))
    print("".join(traceback.StackSummary.from_list(te.stack[-1:]).format()))
    te2 = traceback.TracebackException.from_exception(e, lookup_lines=False)
    print(te2.stack[-1]._line is None or te2.stack[-1]._line)
    print(te2.stack[-1].line)
    saved = e

# tb argument different from the exception's own
try:
    fail(1)
except ValueError as other:
    show("foreign tb", traceback.format_exception(ValueError, saved, other.__traceback__))
    show("none tb", traceback.format_exception(ValueError, saved, None))

# manual linecache entries
src = "def hidden():\n    return 1 // 0\n"
code = compile(src, "<hidden-src>", "exec")
ns = {}
exec(code, ns)
try:
    ns["hidden"]()
except ZeroDivisionError:
    show("no source", traceback.format_exc())
linecache.cache["<hidden-src>"] = (len(src), None, src.splitlines(True), "<hidden-src>")
try:
    ns["hidden"]()
except ZeroDivisionError:
    show("cached source", traceback.format_exc())

# __notes__ attribute that raises
class NotesRaise(Exception):
    @property
    def __notes__(self):
        raise AttributeError("none here")
print(traceback.format_exception_only(NotesRaise("nr")))

# exception with __traceback__ reassigned
try:
    fail(7)
except ValueError as e:
    e2 = e.with_traceback(None)
    show("with_traceback None", traceback.format_exception(e2))

# chained with limit and groups nested deep with tracebacks
def raiser(msg):
    raise KeyError(msg)
def group_of(n):
    excs = []
    for i in range(n):
        try:
            raiser(i)
        except KeyError as k:
            excs.append(k)
    return ExceptionGroup(f"g{n}", excs)
try:
    try:
        raise group_of(2)
    except ExceptionGroup as g:
        raise ExceptionGroup("wrap", [g, ValueError("plain")])
except ExceptionGroup as top:
    show("nested tb group", traceback.format_exception(top))
    show("nested tb group limit -1", traceback.format_exception(top, limit=-1))
    show("nested tb group nochain", traceback.format_exception(top, chain=False))
    te = traceback.TracebackException.from_exception(top, max_group_depth=0)
    show("depth0", te.format())
    te = traceback.TracebackException.from_exception(top, max_group_width=1)
    show("width1", te.format())

# shared exception in two places of a group
shared = ValueError("shared")
show("shared member", traceback.format_exception(ExceptionGroup("dup", [shared, shared])))
# exception group whose member's context is another member
m1 = ValueError("m1"); m2 = ValueError("m2"); m2.__context__ = m1
show("ctx member", traceback.format_exception(ExceptionGroup("cm", [m1, m2])))
show("ctx member2", traceback.format_exception(ExceptionGroup("cm", [m2, m1])))

# print_exception default file is stderr (swapped)
old = sys.stderr
sys.stderr = io.StringIO()
try:
    1/0
except ZeroDivisionError:
    traceback.print_exc()
    traceback.print_exception(sys.exception())
    traceback.print_stack(limit=1)
    traceback.print_tb(sys.exc_info()[2])
captured = sys.stderr.getvalue()
sys.stderr = old
show("stderr capture", captured)

# SyntaxError from import of broken module file
import os
d = "/tmp/rw7_synmods_%d" % os.getpid()
os.makedirs(d, exist_ok=True)
with open(os.path.join(d, "brokenmod_q.py"), "w") as fh:
    fh.write("x = 1\ndef f(\n    pass\n")
sys.path.insert(0, d)
try:
    import brokenmod_q
except SyntaxError as e:
    lines = traceback.format_exception_only(e)
    print([l.replace(d, "D") for l in lines])
    print(e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)
with open(os.path.join(d, "indentmod_q.py"), "w") as fh:
    fh.write("if True:\nx = 1\n")
try:
    import indentmod_q
except IndentationError as e:
    print([l.replace(d, "D") for l in traceback.format_exception_only(e)])
with open(os.path.join(d, "tabmod_q.py"), "w") as fh:
    fh.write("if True:\n\tx = 1\n        y = 2\n")
try:
    import tabmod_q
except SyntaxError as e:
    print(type(e).__name__, [l.replace(d, "D") for l in traceback.format_exception_only(e)])
for src in ["x = $", "print 'x'", "f(a for a in b, c)", "x = 1 = 2", "del f()", "u'\\N{bogus}'", "return 5", "break", "nonlocal x", "x: int = 1 = 2", "a = [1, 2", "(", "}"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), traceback.format_exception_only(e))
