# `async for` when what __anext__ returns cannot be awaited: CPython's TypeError "received an
# invalid object from __anext__", whose __cause__ is what went wrong (whatever its type).


class Iter:
    def __init__(self, result):
        self.result = result

    def __aiter__(self):
        return self

    def __anext__(self):
        return self.result


class AwaitRaises:
    def __await__(self):
        return 1 / 0


class AwaitKeyError:
    def __await__(self):
        raise KeyError('k')


async def loop(it):
    async for _ in it:
        pass


for result in (AwaitRaises(), AwaitKeyError(), 42, [1]):
    try:
        loop(Iter(result)).send(None)
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, '| cause:', type(cause).__name__, cause)
