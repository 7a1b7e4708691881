# Async generators that module globals (or a global list) keep suspended inside try/finally are
# closed at interpreter exit, after the program's last line, as CPython's teardown does (no event
# loop: GeneratorExit is thrown into the frame once); finished or unstarted ones print nothing.
async def ag(tag):
    try:
        yield 1
        yield 2
    finally:
        print('finally', tag)

def step(aw):
    try:
        return aw.send(None)
    except StopIteration as s:
        return ('stop', s.value)
    except BaseException as e:
        return type(e).__name__

g1 = ag('g1'); print(step(g1.__anext__()))
g2 = ag('g2'); aw = g2.__anext__(); print(step(aw))
g3 = ag('g3'); print(step(g3.__anext__())); print(step(g3.__anext__()))
done = ag('done'); print(step(done.__anext__()), step(done.__anext__()), step(done.__anext__()))
unstarted = ag('unstarted')
closed = ag('closed'); print(step(closed.__anext__()), step(closed.aclose()))
held = [ag('in-list')]; print(step(held[0].__anext__()))

async def stubborn():
    try:
        yield 1
    finally:
        print('stubborn finally')
s = stubborn(); print(step(s.__anext__()))
print('end of program')
