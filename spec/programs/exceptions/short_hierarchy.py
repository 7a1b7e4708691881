for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, StopIteration, KeyboardInterrupt, NotImplementedError, ModuleNotFoundError, TimeoutError]:
    print(exc.__name__, [k.__name__ for k in exc.__mro__[1:]])
try:
    {}["missing"]
except LookupError as e:
    print("caught", type(e).__name__, e, repr(e), e.args)
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, repr(e), e.args)
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(ValueError()), str(OSError(2, "No such")))
e = OSError(2, "No such file", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
try:
    open("/nonexistent/zzz")
except FileNotFoundError as e:
    print(e, e.errno)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
print(issubclass(BaseException, object), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    try:
        pass
    finally:
        pass
    raise NotExc
except TypeError as e:
    print(e)
