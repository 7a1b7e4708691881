def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def selfclose():
    yield g.close()
g = selfclose(); t(lambda: next(g))
def selfsend():
    yield g2.send(None)
g2 = selfsend(); t(lambda: next(g2))
def selfthrow():
    yield g3.throw(ValueError)
g3 = selfthrow(); t(lambda: next(g3))
def lines():
    a = 1
    yield a
    b = 2
    yield b
gl = lines(); print(gl.gi_frame.f_lineno); next(gl); print(gl.gi_frame.f_lineno, gl.gi_frame.f_locals); next(gl); print(gl.gi_frame.f_lineno, sorted(gl.gi_frame.f_locals.items()))
t(lambda: next(gl)); print(gl.gi_frame)
def sub():
    try:
        yield 1
    except GeneratorExit:
        print('sub got GeneratorExit')
        raise
def outer():
    try:
        yield from sub()
    except GeneratorExit:
        print('outer got GeneratorExit')
        raise
o = outer(); next(o); o.close(); print('closed')
o = outer(); next(o); t(lambda: o.throw(GeneratorExit)); t(lambda: next(o))
def ignoring():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignoring(); next(ig); t(ig.close)
def with_return():
    yield 1
    return 5
wr = with_return(); next(wr); print(wr.close())
def exhausted(): yield from ()
ex = exhausted(); t(lambda: next(ex)); print(ex.close(), ex.gi_frame, ex.gi_running)
def unstarted_close():
    try:
        yield
    finally:
        print('never printed')
uc = unstarted_close(); uc.close(); t(lambda: next(uc))
def stop_in_yield_from():
    yield from iter([1, 2])
    yield 'end'
print(list(stop_in_yield_from()))
def return_in_try():
    try:
        yield 1
        return 'ret'
    finally:
        print('finally of return_in_try')
print(list(return_in_try()))
def gen_with_lambda():
    f = lambda: (yield)
    return f
t(lambda: type(gen_with_lambda()()).__name__)
async def agen():
    yield 1
    yield 2
ag = agen()
print(type(ag).__name__, ag.__aiter__() is ag, type(ag.__anext__()).__name__)
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
print(drive(ag.__anext__()))
t(lambda: drive(ag.aclose()))
t(lambda: drive(ag.__anext__()))
