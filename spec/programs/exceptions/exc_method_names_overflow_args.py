# BaseException's METH_O methods name their class in argument-count errors; the OverflowError
# of float ** carries CPython's errno-style args (34, 'Numerical result out of range').


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except BaseException as e:
        print(label, type(e).__name__, "|", e, "|", repr(e), "|", e.args)


attempt("add_note()", lambda: Exception().add_note())
attempt("add_note(a, b)", lambda: ValueError().add_note("a", "b"))
attempt("add_note(5)", lambda: ValueError().add_note(5))
attempt("with_traceback()", lambda: KeyError().with_traceback())
attempt("with_traceback(1, 2)", lambda: KeyError().with_traceback(1, 2))
attempt("__setstate__()", lambda: Exception().__setstate__())
attempt("2.0 ** 10000", lambda: 2.0 ** 10000)
attempt("pow(10.0, 400)", lambda: pow(10.0, 400))
attempt("(-1e200) ** 3", lambda: (-1e200) ** 3)
attempt("1e308 ** 2", lambda: 1e308 ** 2.0)
try:
    1.5 ** 5000
except OverflowError as e:
    print(e.args[0], e.args[1], isinstance(e, ArithmeticError), str(e))
print(2.0 ** -10000, float("inf") ** 2, 1.0 ** 1e300)
