# `async for` (statement and comprehension) over an __anext__ that returns a non-awaitable:
# CPython's GET_ANEXT error, with the await error as its __cause__; driven by send().
class BadANext:
    def __aiter__(self): return self
    def __anext__(self): return 5

class NoANext:
    def __aiter__(self): return self

async def statement(it):
    async for x in it:
        pass

async def comprehension(it):
    return [x async for x in it]

for make in [statement, comprehension]:
    for it in [BadANext(), NoANext(), [1, 2]]:
        try:
            make(it).send(None)
        except TypeError as e:
            print(make.__name__, type(it).__name__, 'TypeError', e, '| cause:', repr(e.__cause__))
try:
    statement(BadANext()).send(None)
except TypeError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__ is e.__context__)
