# Argument checks of generator/coroutine methods (METH_O send, METH_NOARGS close, slot
# __next__) and type(x) refusing keywords, with CPython's messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def g(): yield
async def c(): pass
cc = c()
t(lambda: g().close(1)); t(lambda: cc.close(1, 2)); t(lambda: g().send()); t(lambda: g().send(1, 2)); t(lambda: cc.send()); t(lambda: g().throw()); t(lambda: g().__next__(1))
t(lambda: cc.__await__().close(1)); t(lambda: cc.__await__().send()); t(lambda: g().close(x=1))
t(lambda: type('abc', start=10)); t(lambda: type(1, x=2)); t(lambda: type('A', (), {}, x=1)); t(lambda: type()); t(lambda: type(1, 2)); t(lambda: type(1, 2, 3, 4)); t(lambda: type(name='A', bases=(), dict={}))
t(lambda: type('A', 1, {})); t(lambda: type('A', (), 1)); t(lambda: type(1, (), {})); t(lambda: type('A', (1,), {}))
cc.close()
