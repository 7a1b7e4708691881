# __enter__/__exit__ order, the as-target, and the exception details passed to __exit__.
class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return False


with Ctx('a') as v:
    print('body', v)
with Ctx('outer') as o, Ctx('inner') as i:
    print('body', o, i)
try:
    with Ctx('failing'):
        raise ValueError('bad')
except ValueError as e:
    print('caught', e)


def f():
    with Ctx('returning'):
        return 'returned'


print(f())
for n in range(2):
    with Ctx(f'loop{n}'):
        if n == 0:
            continue
        break
