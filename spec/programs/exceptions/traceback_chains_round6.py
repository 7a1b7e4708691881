import sys
def chain(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def run(fn):
    try:
        fn()
    except BaseException as e:
        print(fn.__name__, type(e).__name__, chain(e))
def raise_again():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
def raise_bare():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
def raise_in_finally():
    try:
        pass
    finally:
        {}['x']
def through_gen():
    def g():
        yield 1
        [][0]
    for _ in g():
        pass
def through_yield_from():
    def inner():
        yield 1
        raise KeyError
    def outer():
        yield from inner()
    list(outer())
def through_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with CM():
        int('x')
def exit_raises():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): raise TypeError('exit')
    with CM():
        pass
def stored_and_reraised():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
def nested_calls():
    def a(): b()
    def b(): c()
    def c(): raise ValueError
    a()
def in_comprehension():
    [1 / x for x in [1, 0]]
def in_lambda():
    (lambda: 1 / 0)()
def in_genexp():
    sum(1 / x for x in [1, 0])
def in_class_body():
    class K:
        x = 1 / 0
def in_except_star():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('inside')
def group_reraise():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
def gen_throw():
    def g():
        try:
            yield 1
        except KeyError:
            raise ValueError('converted')
    it = g()
    next(it)
    it.throw(KeyError)
def gen_close_raise():
    def g():
        try:
            yield 1
        finally:
            raise OSError('close')
    it = g()
    next(it)
    it.close()
def coroutine_raise():
    async def c():
        raise KeyError
    c().send(None)
def recursion():
    def r(n):
        if n == 0: raise ValueError
        r(n - 1)
    r(3)
def with_traceback_none():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e.with_traceback(None)
def exec_raise():
    exec('def q():\n    raise KeyError\nq()')
def eval_raise():
    eval('1/0')
for fn in [raise_again, raise_bare, raise_in_finally, through_gen, through_yield_from, through_with, exit_raises,
           stored_and_reraised, nested_calls, in_comprehension, in_lambda, in_genexp, in_class_body, in_except_star,
           group_reraise, gen_throw, gen_close_raise, coroutine_raise, recursion, with_traceback_none, exec_raise, eval_raise]:
    run(fn)
