import sys
def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
def a():
    b()
def b():
    raise ValueError("x")
try:
    a()
except ValueError as e:
    print(tb_lines(e))
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise KeyError("k")
except KeyError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
exc = ValueError("v")
exc.__cause__ = KeyError("c")
print(exc.__suppress_context__, repr(exc.__cause__))
try:
    raise exc
except ValueError as e:
    print(e.__suppress_context__)
print(sys.exc_info()[0])
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def gen_exc():
    try:
        yield
    except Exception as e:
        yield repr(e)
g = gen_exc(); next(g)
print(g.throw(ValueError, ValueError("inside")) if False else g.throw(ValueError("inside")))
