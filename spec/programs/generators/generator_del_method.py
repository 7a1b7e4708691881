# Generators and coroutines expose tp_finalize as __del__: calling it closes a suspended
# generator (its finally runs) and returns None; dir() lists it.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')


g = gen()
print(next(g))
print(g.__del__())
print(g.gi_frame, list(g))
print(gen().__del__())
print('__del__' in dir(g), '__del__' in dir((i for i in [])), '__del__' in type(g).__dict__)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuses'


s = stubborn()
next(s)
print(s.__del__())
print(dir(g))


async def co():
    return 1


c = co()
try:
    c.send(None)
except StopIteration as e:
    print('coroutine returned', e.value)
print(c.__del__(), '__del__' in dir(c))
