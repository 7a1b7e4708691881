# traceback: format_exception_only/format_exception/format_exc/extract_tb/format_tb,
# TracebackException, chains with chain=False; linecache.getline.
import traceback, sys, linecache
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exception(e)
    print(lines[0], lines[-1], len("".join(lines)) > 0)
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [fs.name for fs in tb], [fs.line for fs in tb], tb[-1].lineno)
    fn, ln, name, line = tb[0]
    print(fn == __file__, ln, name, line)
    print([l.splitlines()[1].strip() for l in traceback.format_tb(e.__traceback__)])
    traceback.print_exc()
print(traceback.format_exc())
print(traceback.format_exception_only(None))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    out = "".join(traceback.format_exception(e))
    print("direct cause" in out, out.splitlines()[-1])
    out2 = "".join(traceback.format_exception(e, chain=False))
    print("direct cause" in out2, out2.splitlines()[-1])
    te = traceback.TracebackException.from_exception(e)
    print(str(te), list(te.format_exception_only()), te.exc_type.__name__)
e = ValueError("note me"); e.add_note("a note")
print(traceback.format_exception_only(e))
class Custom(Exception):
    def __str__(self): return ""
print(traceback.format_exception_only(Custom()))
print(linecache.getline(__file__, 1), repr(linecache.getline(__file__, 10000)))
for frame, lineno in traceback.walk_tb(None): print("none")
