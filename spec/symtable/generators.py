def gen():
    yield 1

def gen_from(x):
    r = yield from x
    return r

async def coro():
    await something()

async def async_gen():
    yield 1

lam_gen = lambda: (yield)

def ret_value():
    return 5
