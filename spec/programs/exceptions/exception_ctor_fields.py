# Constructor arguments of the exception types with fields: OSError drops filename and
# filename2 from args, UnicodeDecodeError/UnicodeEncodeError need exactly five arguments,
# str() of an argument-less SyntaxError.
for E in (UnicodeDecodeError, UnicodeEncodeError, SyntaxError, OSError):
    for args in ((), ("a",), ("a", 2), (1,)):
        try:
            e = E(*args)
            print(E.__name__, repr(str(e)), repr(e), e.args)
        except Exception as x:
            print(E.__name__, "ERR", type(x).__name__, x)
for args in [(2, "nf", "x"), (1, 2, 3, 4, 5), (1, 2, 3, 4), (1, 2, 3, 4, 5, 6), (1,),
             (1, 2, None, None, "x"), (1, 2, "a", None, "x"), (13, "denied", None)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e))
e = FileNotFoundError(2, "nf", "x")
print(str(e), repr(e), e.args)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(e), e.args)
try:
    UnicodeEncodeError("ascii", "x", 0, 1, "r", 6)
except TypeError as x:
    print(x)
