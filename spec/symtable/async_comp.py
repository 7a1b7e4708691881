async def f(src):
    return [y for x in src async for y in x]

async def g(src):
    return {k: await v async for k, v in src}

def h(src):
    return (x async for x in src)

async def nested(src):
    return [[z async for z in x] for x in src]
