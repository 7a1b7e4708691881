from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("body", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)
class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print("null", v)
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")
@tag("deco")
def decorated():
    print("decorated body")
decorated()
print(tag.__name__, decorated.__name__)
@contextmanager
def reraiser():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
try:
    with reraiser():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)
@contextmanager
def gen_stop():
    yield
try:
    with gen_stop():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration", e)
class MyCD(ContextDecorator):
    def __enter__(self):
        print("enter cd")
        return self
    def __exit__(self, *a):
        print("exit cd")
        return False
@MyCD()
def f(x):
    print("f", x)
    return x * 2
print(f(3))
with ExitStack() as st:
    st.callback(lambda: print("cb1"))
    st.callback(lambda: print("cb2"))
def closer():
    with ExitStack() as s2:
        s2.callback(print, "unwound")
        raise RuntimeError("inside")
try:
    closer()
except RuntimeError as e:
    print("RuntimeError:", e)
