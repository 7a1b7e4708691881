# str() of Unicode{Decode,Encode,Translate}Error when start is past the object or end != start + 1
# ("bytes in position a-b"), and the keyword checks of NameError/AttributeError/ImportError
# (PyArg_ParseTupleAndKeywords: the count first, then each name).
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for s, e in [(0, 1), (2, 3), (3, 4), (5, 6), (1, 1), (3, 2), (0, 3), (5, 9)]:
    t(lambda: str(UnicodeDecodeError("utf-8", b"abc", s, e, "r")))
    t(lambda: str(UnicodeEncodeError("ascii", "ab\xe9", s, e, "r")))
    t(lambda: str(UnicodeTranslateError("ab\u20ac", s, e, "r")))
t(lambda: NameError(name=1, bad=2)); t(lambda: NameError(bad=2)); t(lambda: NameError(1, name=2).args)
t(lambda: AttributeError(name=1, obj=2, bad=3)); t(lambda: AttributeError(bad=3)); t(lambda: ImportError(name=1, path=2, x=3)); t(lambda: ImportError(name=1, x=3))
class N(NameError): pass
t(lambda: N(a=1, b=2)); t(lambda: N(a=1))
t(lambda: ModuleNotFoundError(name=1, path=2, x=3))
t(lambda: StopIteration(value=1)); t(lambda: SystemExit(code=1)); t(lambda: OSError(errno=1)); t(lambda: ValueError(a=1))
t(lambda: ExceptionGroup("m", [ValueError()], x=1))
