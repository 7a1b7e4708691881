# Differential probe of lib/traceback.py (rewrite): see the calls below; output compared with CPython 3.11.
from _tb_probe import scrub_stdout, show

scrub_stdout()

import sys, traceback, io, linecache


def a(n):
    return b(n)
def b(n):
    return c(n)
def c(n):
    return traceback.extract_stack(limit=n)
for n in (None, 1, 2, -1, -2, 0):
    st = c(n) if n is None else a(n)
    print(n, [(fs.name, fs.lineno, fs.line) for fs in st], type(st).__name__)

def s1():
    return traceback.format_stack()
show("format_stack", s1())
def s2():
    return traceback.format_stack(limit=1)
show("format_stack 1", s2())
def s3():
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=-1, file=sys.stdout)
    traceback.print_stack(sys._getframe().f_back, file=sys.stdout)
s3()
def s4():
    return traceback.extract_stack(sys._getframe())
print([fs.name for fs in s4()])
ws = list(traceback.walk_stack(sys._getframe()))
print([(f.f_code.co_name, l) for f, l in ws])

def rec(n):
    if n == 0:
        raise RecursionError("deep")
    return rec(n - 1)
for depth in (2, 3, 4, 5, 10):
    try:
        rec(depth)
    except RecursionError as e:
        show(f"rec {depth}", traceback.format_exception(e))
def ping(n):
    if n == 0:
        raise ValueError("pp")
    return pong(n - 1)
def pong(n):
    return ping(n)
try:
    ping(8)
except ValueError as e:
    show("pingpong", traceback.format_tb(e.__traceback__))

# from_list / format_list
st = traceback.StackSummary.from_list([("f.py", 1, "fn", "x = 1"), ("g.py", 2, "gn", None), ("h.py", 3, "hn", "")])
show("from_list", st.format())
print(type(st).__name__, st[0], st[0] == ("f.py", 1, "fn", "x = 1"))
show("format_list", traceback.format_list([("f.py", 1, "fn", "   spaced   ")] * 5))
traceback.print_list([("f.py", 1, "fn", "x")], file=sys.stdout)
fs = traceback.FrameSummary("f.py", 10, "fn", line="y = 2", locals={"b": 2, "a": [1]})
show("with locals", traceback.StackSummary.from_list([fs, fs]).format())
class MyStack(traceback.StackSummary):
    def format_frame_summary(self, fs):
        if fs.name == "skip":
            return None
        return f"<{fs.name}>\n"
ms = MyStack.from_list([("a", 1, "keep", "x"), ("b", 2, "skip", "y")])
print(type(ms).__name__)
ms2 = MyStack(ms)
print(ms2.format())
print(repr(traceback.StackSummary.from_list([]).format()))
print(traceback.StackSummary.from_list([("f", None, "n", None)]).format())

# extract with frame gens
def gen_frames():
    f = sys._getframe()
    return [(f, 99), (f.f_back, 5)]
ss = traceback.StackSummary.extract(gen_frames(), lookup_lines=False)
print([(fs.name, fs.lineno) for fs in ss])
ss = traceback.StackSummary.extract(iter(gen_frames()), limit=1)
print([(fs.name, fs.lineno) for fs in ss])
def locs():
    x = 5; y = "s"
    return traceback.StackSummary.extract([(sys._getframe(), 3)], capture_locals=True)
ss = locs()
print(ss[0].locals)
show("locals fmt", ss.format())

# markers
def m1(d):
    return d["x"]["y"]
def m2(a, b):
    return a + b * 2
def m3(x):
    return x.attr.other
def m4(a):
    return (a) / 0
def m5(a):
    return a[1:2] + fun(
        a)
def fun(x): return x
for fn, arg in ((m1, {"x": {}}), (m2, ("s", 2)), (m3, 1), (m4, 1), (m5, 3)):
    try:
        fn(*arg) if isinstance(arg, tuple) else fn(arg)
    except Exception as e:
        show("marks " + fn.__name__, traceback.format_exc())
try:
    x = [1, 2]; x[5]
except IndexError:
    show("toplevel", traceback.format_exc())
try:
    eval("1/0")
except ZeroDivisionError:
    show("eval", traceback.format_exc())
try:
    exec("def q():\n    return 1/0\nq()", {})
except ZeroDivisionError:
    show("exec", traceback.format_exc())
try:
    (lambda: [][0])()
except IndexError:
    show("lambda", traceback.format_exc())
def g():
    yield 1
    raise KeyError("gen")
try:
    list(g())
except KeyError:
    show("gen", traceback.format_exc())
try:
    class K:
        raise TypeError("cls body")
except TypeError:
    show("class body", traceback.format_exc())
try:
    [1/0 for _ in range(1)]
except ZeroDivisionError:
    show("listcomp", traceback.format_exc())

# sys.tracebacklimit
def deep3(): deep2()
def deep2(): deep1()
def deep1(): raise ValueError("lim")
for lim in (0, 1, 2, -1, 100):
    sys.tracebacklimit = lim
    try:
        deep3()
    except ValueError as e:
        show(f"tracebacklimit {lim}", traceback.format_exception(e))
        show(f"tracebacklimit {lim} explicit", traceback.format_exception(e, limit=2))
del sys.tracebacklimit

# print_last
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError", e)
try:
    deep3()
except ValueError as e:
    sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
traceback.print_last(file=sys.stdout, limit=1)
del sys.last_type, sys.last_value, sys.last_traceback

# TracebackException API
try:
    deep3()
except ValueError as e:
    t1 = traceback.TracebackException.from_exception(e)
    t2 = traceback.TracebackException(type(e), e, e.__traceback__)
    t3 = traceback.TracebackException.from_exception(e, lookup_lines=False)
    print(t1 == t2, t1 == 5, t1 != t2, str(t1), t1.exc_type, len(t1.stack), t1.__suppress_context__)
    print(t1.__cause__, t1.__context__, t1.exceptions, t1.__notes__, t1.max_group_width, t1.max_group_depth)
    print(t1.stack[0].line, t3.stack[-1].name)
    t4 = traceback.TracebackException.from_exception(e, limit=1)
    print(len(t4.stack), t4.stack[0].name)
    show("te format", t1.format())
    show("te only", t1.format_exception_only())
    t1.print(file=sys.stdout)
    t1.print(file=sys.stdout, chain=False)
    try:
        hash(t1)
    except TypeError as er:
        print("TypeError", er)
te = traceback.TracebackException(None, None, None)
print(list(te.format()), list(te.format_exception_only()), str(te))
te = traceback.TracebackException(KeyError, None, None)
print(list(te.format()))
try:
    traceback.TracebackException(ValueError, "a string value", None)
except AttributeError as e:
    print("AttributeError", e)
try:
    undefined_name_xyz
except NameError as e:
    print(traceback.format_exception_only(e))
try:
    prnt = 1
    prin("x")
except NameError as e:
    print(traceback.format_exception_only(e))
try:
    [].apend(1)
except AttributeError as e:
    print(traceback.format_exception_only(e))
    print(str(traceback.TracebackException.from_exception(e)))
e = AttributeError("manual", name="apend", obj=[])
print(traceback.format_exception_only(e))
class NE(NameError): pass
try:
    raise NE("custom", name="x")
except NE as e:
    print(traceback.format_exception_only(e))
try:
    import nosuchmodule_qq
except ImportError as e:
    print(traceback.format_exception_only(e))
try:
    raise OSError(2, "No such file", "f.txt")
except OSError as e:
    print(traceback.format_exception_only(e))
try:
    raise SystemExit(3)
except SystemExit as e:
    print(traceback.format_exception_only(e))
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print(traceback.format_exception(e))
try:
    raise StopIteration(5)
except StopIteration as e:
    print(traceback.format_exception_only(e))
try:
    assert 1 == 2, "assert msg"
except AssertionError:
    show("assert", traceback.format_exc())
try:
    assert False
except AssertionError:
    show("assert2", traceback.format_exc())
try:
    int("x")
except ValueError:
    show("int", traceback.format_exc())
try:
    raise ValueError("multi\nline message")
except ValueError:
    show("multiline", traceback.format_exc())
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except UnicodeError:
    show("unicode", traceback.format_exc(limit=0))

# nested handling: format_exc inside inner handler shows inner with context
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            show("nested inner", traceback.format_exc())
        show("nested after", traceback.format_exc())
except Exception:
    pass
show("after all", traceback.format_exc())
print(traceback.format_exception(*sys.exc_info()))

# walk_tb
try:
    deep3()
except ValueError as e:
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    traceback.clear_frames(e.__traceback__)
print(list(traceback.walk_tb(None)))
print(traceback.extract_tb(None), traceback.format_tb(None))
