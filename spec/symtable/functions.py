def f(a, b=default_b, /, c=default_c, *args, d, e=default_e, **kwargs):
    return a + b + c + d + e + len(args) + len(kwargs)

@decorator
@decorator2(arg)
def g(x: ann_x, *y: ann_y, z: ann_z = zdef, **w: ann_w) -> ann_ret:
    local = x
    return local

async def h(p):
    await p
    async for q in p:
        pass
    async with p as r:
        pass

def unused_params(a, b, c):
    pass

def kwonly_only(*, k1, k2=kwdef):
    return k1

def varargs_only(*args, **kw):
    args = 1
