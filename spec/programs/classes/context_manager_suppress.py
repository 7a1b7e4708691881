# A true return value from __exit__ suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.caught = exc
        return exc_type is not None and issubclass(exc_type, self.types)


with Suppress(KeyError) as s:
    {}['missing']
print('suppressed', type(s.caught).__name__, s.caught)
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print('not suppressed', type(e).__name__, e)


class Replace:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError('from exit')


try:
    with Replace():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
