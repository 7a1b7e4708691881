# f_lineno of live frames as CPython 3.11 reports it: a generator not started yet is at its
# `def` line; a call on a continuation line of a multi-line statement is at the call's line
# (the callee's f_back.f_lineno, and the caller's traceback entry); a frame object read while
# its frame runs reports the current line, also from a property getter and a generator it
# drives; tracebacks through calls on continuation lines.
import sys


def g():
    x = 1
    yield x
    y = 2
    yield y


it = g()
print("unstarted", it.gi_frame.f_lineno)
next(it)
print("after 1", it.gi_frame.f_lineno)
next(it)
print("after 2", it.gi_frame.f_lineno)


def here():
    return sys._getframe(1).f_lineno


def f():
    a = here()
    b = 0; c = here()
    d = [here(),
         here()]
    print(a, c, d)
    print(sys._getframe().f_lineno)
    for i in range(2):
        print("loop", sys._getframe().f_lineno)
    fr = sys._getframe()
    print("via frame", fr.f_lineno)
    x = 1
    print("later", fr.f_lineno)
    s = "%d-%d" % (
        len("x"),
        here())
    print(s)


f()


def outer():
    def inner():
        return sys._getframe(1).f_lineno
    v = (1 +
         inner())
    return v


print(outer())


class P:
    @property
    def where(self):
        return sys._getframe(1).f_lineno

    def method(self):
        return sys._getframe(1).f_lineno


p = P()
w1 = p.where
w2 = (p
      .method())
print(w1, w2, p.where)


def lines_of():
    yield sys._getframe(1).f_lineno
    yield sys._getframe(1).f_lineno


def drive():
    out = []
    for v in lines_of():
        out.append(v)
    return out


print(drive())


def div(x):
    return 1 / x


def call_on_second_line():
    return [div(1),
            div(0)]


try:
    call_on_second_line()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


class C:
    line = sys._getframe().f_lineno


print(C.line)
print(sys._getframe().f_lineno)


def drive_in_generator():
    for v in lines_of():
        x = v
        yield v


print(list(drive_in_generator()))
