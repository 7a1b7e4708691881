# A suspended generator is finalized (its finally runs) as soon as the last reference goes,
# wherever it is suspended: inside an except block, a with block, a nested try.
import sys


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *a):
        print('exit', self.name, a[0].__name__ if a[0] else None)
        return False


def in_except(tag):
    try:
        try:
            raise ValueError(tag)
        except ValueError as e:
            print('handling', e, sys.exc_info()[0].__name__)
            yield 1
            print('not reached')
    finally:
        print('finally', tag)


def in_with_in_except(tag):
    try:
        raise KeyError(tag)
    except KeyError:
        with Ctx(tag):
            yield 1
    finally:
        print('finally', tag)


def in_finally(tag):
    try:
        pass
    finally:
        try:
            yield 1
        finally:
            print('inner finally', tag)


g = in_except('del')
next(g)
print(sys.exc_info())
del g
print('after del')

g = in_except('rebind')
next(g)
g = None
print('after rebind')

lst = [in_with_in_except('list')]
next(lst[0])
lst.clear()
print('after clear')

h = in_finally('finally')
next(h)
del h
print('after finally')


def holder():
    g = in_except('held')
    next(g)
    return 'done'


print(holder())
print('after holder')

d = {'k': in_except('dict')}
next(d['k'])
d['k'] = 0
print('after dict store')
