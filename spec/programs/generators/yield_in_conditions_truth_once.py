# A test holding a yield (if, while, a conditional expression, a match guard, assert; and/or, not, a
# chained comparison) takes each operand's truth once, as CPython's jumps do: __bool__ prints each call.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
    def __lt__(self, o):
        print('lt', self.v)
        return B(self.v)
def g():
    if (yield 1) and (yield 2):
        print('both')
    else:
        print('not both')
    while (yield 3) or (yield 4):
        print('loop')
        break
    x = 'yes' if ((yield 5) and True) else 'no'
    print(x)
    if not ((yield 6) or False):
        print('not')
    if 0 < (yield 7) < 2:
        print('chain')
    if ((yield 8) if True else 0):
        print('ifexp')
    match (yield 9):
        case v if (yield 10) and v:
            print('guard')
        case _:
            print('no guard')
    assert (yield 11) and True, 'msg'
    print('end')
it = g()
vals = [B(False), B(True), B(False), B(True), 1, B(True), B(True), B(True), B(True), B(True)]
print(next(it))
for v in vals:
    try:
        print(it.send(v))
    except StopIteration:
        print('stop'); break
