# `async with` whose __aenter__ or __aexit__ returns something that is not awaitable (on a normal
# exit and on an exception): CPython 3.11's GET_AWAITABLE messages; driven by send().
class Manager:
    def __init__(self, enter_ok, exit_ok):
        self.enter_ok, self.exit_ok = enter_ok, exit_ok
    def __aenter__(self):
        return self._ok() if self.enter_ok else 1
    def __aexit__(self, *exc):
        print('  __aexit__ with', exc[0].__name__ if exc[0] else None)
        return self._ok() if self.exit_ok else [exc]
    async def _ok(self):
        return 'awaited'

async def body(m, fail):
    async with m as v:
        print('  inside, as', v)
        if fail:
            raise KeyError('in body')
    return 'finished'

for enter_ok, exit_ok, fail in [(False, True, False), (True, False, False), (True, False, True), (True, True, False), (True, True, True)]:
    print(enter_ok, exit_ok, fail)
    try:
        body(Manager(enter_ok, exit_ok), fail).send(None)
    except StopIteration as s:
        print('  result', s.value)
    except (TypeError, KeyError) as e:
        print('  ', type(e).__name__, e, '| context:', repr(e.__context__))
