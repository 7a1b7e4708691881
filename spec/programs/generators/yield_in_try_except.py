# Yielding inside try/except/else/finally and inside with blocks.
class Ctx:
    def __enter__(self):
        print('enter')

    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None)


def gen():
    with Ctx():
        try:
            yield 'in try'
            raise KeyError('k')
        except KeyError:
            yield 'in except'
        else:
            yield 'in else'
        finally:
            yield 'in finally'
    yield 'after with'


print(list(gen()))
g = gen()
print(next(g))
print(g.throw(KeyError('thrown')))
print(list(g))
