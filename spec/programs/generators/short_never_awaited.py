async def work():
    return 1
c = work()
print("created", type(c).__name__)
async def inner():
    return 5
async def outer():
    return await inner() + 1
o = outer()
try:
    o.send(None)
except StopIteration as e:
    print(e.value)
