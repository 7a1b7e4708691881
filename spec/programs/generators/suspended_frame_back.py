# A suspended generator's frame has no f_back; while it runs, f_back is whoever resumed it;
# one that finished (by raising here) has none either.
import sys


def gen():
    f = sys._getframe()
    print("running, back:", f.f_back.f_code.co_name)
    yield f
    print("resumed, back:", f.f_back.f_code.co_name)
    yield 2
    raise ValueError("end")


g = gen()
fr = next(g)
print("suspended back:", fr.f_back, fr is g.gi_frame)


def driver():
    return next(g)


print(driver())
print("suspended again:", g.gi_frame.f_back)


def finisher():
    try:
        next(g)
    except ValueError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back, g.gi_frame)


finisher()


async def coro():
    f = sys._getframe()
    await Step()
    return f


class Step:
    def __await__(self):
        yield "step"


c = coro()
print(c.send(None), c.cr_frame.f_back)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine done", e.value.f_code.co_name)
