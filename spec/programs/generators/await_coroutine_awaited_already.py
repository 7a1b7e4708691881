# Awaiting a coroutine that is itself suspended inside an await is refused.
import types

@types.coroutine
def pause():
    yield "paused"

async def inner():
    await pause()
    return "inner done"

async def outer(c):
    return await c

c = inner()
print(c.send(None))
try:
    outer(c).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# A coroutine suspended at a plain yield point of its own (not started) can still be awaited.
fresh = inner()
o = outer(fresh)
print(o.send(None))
try:
    o.send(None)
except StopIteration as s:
    print("result:", s.value)

# Once finished, awaiting it again is the usual reuse error.
try:
    outer(fresh).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
