# operator.index and itertools.repeat's count: CPython's TypeError for non-integers, and
# __index__ on user classes.
import operator, itertools
for v in [1.5, 'a', None, [1]]:
    try:
        operator.index(v)
    except TypeError as e:
        print('TypeError:', e)
print(operator.index(True), operator.index(7))
class I:
    def __index__(self):
        return 3
print(operator.index(I()))
for t in [2.0, '3', -1, 0, 2]:
    try:
        print(list(itertools.repeat('x', t)))
    except TypeError as e:
        print('TypeError:', e)
print(list(itertools.repeat('y', times=2)))
print(repr(itertools.repeat('x', 3)), repr(itertools.repeat(5)))
r = itertools.repeat(1, 5); next(r); print(r.__length_hint__(), repr(r))
