# async_generator methods check their arguments as CPython's METH_O/METH_NOARGS do, the
# asend/athrow awaitables' send/close too; ag_await and ag_frame follow the suspended body;
# a finished coroutine refuses throw() as it refuses send().


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__, "|", e)


class Sleep:
    def __await__(self):
        return (yield "sleep")


async def agen():
    x = 1
    yield x
    await Sleep()
    yield 2


async def coro():
    await Sleep()
    return 7


attempt("asend()", lambda: agen().asend())
attempt("asend(1, 2)", lambda: agen().asend(1, 2))
attempt("asend(x=1)", lambda: agen().asend(x=1))
attempt("aclose(1)", lambda: agen().aclose(1))
attempt("__anext__(1)", lambda: agen().__anext__(1))
attempt("__aiter__(1)", lambda: agen().__aiter__(1))
attempt("asend.send()", lambda: agen().asend(None).send())
attempt("asend.send(1, 2)", lambda: agen().asend(None).send(1, 2))
attempt("asend.close(1)", lambda: agen().asend(None).close(1))
attempt("athrow.send()", lambda: agen().athrow(ValueError).send())
attempt("athrow.close(1)", lambda: agen().athrow(ValueError).close(1))
attempt("coro.__await__(1)", lambda: coro().__await__(1))

ag = agen()
print("frame", ag.ag_frame.f_code.co_name, ag.ag_frame.f_lineno, ag.ag_await)
try:
    ag.asend(None).send(None)
except StopIteration as e:
    print("yielded", e.value)
print("at yield", ag.ag_frame.f_lineno, ag.ag_await, sorted(ag.ag_frame.f_locals))
a = ag.asend(None)
print(a.send(None), type(ag.ag_await).__name__, ag.ag_await.gi_frame.f_code.co_name)
try:
    a.send(None)
except StopIteration as e:
    print("yielded", e.value, ag.ag_await)
try:
    ag.asend(None).send(None)
except StopAsyncIteration:
    print("done", ag.ag_frame, ag.ag_await, ag.ag_running)

c = coro()
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
attempt("finished send", lambda: c.send(None))
attempt("finished throw", lambda: c.throw(ValueError("v")))
attempt("finished close", lambda: c.close())
c = coro()
c.close()
attempt("closed throw", lambda: c.throw(KeyError))
c = coro()
attempt("unstarted throw", lambda: c.throw(KeyError("k")))
attempt("after throw", lambda: c.throw(KeyError("k")))
