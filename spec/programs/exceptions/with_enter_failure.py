# If __enter__ raises, __exit__ is not called; later items of a multi-item with are not entered.
class Ctx:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        print('enter', self.name)
        if self.fail:
            raise RuntimeError(f'{self.name} failed to enter')
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)


try:
    with Ctx('only', fail=True):
        print('body never runs')
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with Ctx('first'), Ctx('second', fail=True), Ctx('third'):
        print('body never runs')
except RuntimeError as e:
    print(type(e).__name__, e)
