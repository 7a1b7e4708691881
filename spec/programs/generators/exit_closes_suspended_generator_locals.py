# At exit, a suspended generator still bound to a global is closed, and its frame's locals die
# then: their __del__ runs after the generator's finally, in slot order, with the other globals'
# finalizers in the globals' order.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def plain():
    a = D('plain-a')
    b = D('plain-b')
    try:
        yield 1
    finally:
        print('plain finally')


def with_cell():
    c = D('cell')
    def get():
        return c
    yield get


def holder():
    inner = plain()
    next(inner)
    mine = D('holder')
    yield inner


first = D('first-global')
g1 = plain()
next(g1)
g2 = with_cell()
getter = next(g2)
g3 = holder()
next(g3)
last = D('last-global')
print('end of program')
