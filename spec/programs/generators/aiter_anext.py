# aiter() and anext() on async generators and custom async iterators, driven by send(None);
# anext's default turns StopAsyncIteration into the await's value.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: aiter(5))
t(lambda: anext(5))
class A:
    def __aiter__(self): return 5
t(lambda: aiter(A()))
async def ag():
    yield 1
    yield 2
g = ag()
print(aiter(g) is g)
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration as e:
        return "StopAsyncIteration " + repr(e)
print(run(anext(g)), run(anext(g, "d")), run(anext(g, "dflt")), run(anext(g)))
t(lambda: anext(g, 1, 2))
t(lambda: anext())
class Counter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n * 10
c = Counter()
print(aiter(c) is c, run(anext(c)), run(anext(c)), run(anext(c, "end")), run(anext(c, None)))
async def main():
    it = aiter(Counter())
    out = [await anext(it), await anext(it), await anext(it, "done")]
    async for v in aiter(Counter()):
        out.append(v)
    return out
print(run(main()))
