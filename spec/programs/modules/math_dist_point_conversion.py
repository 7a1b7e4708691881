# math.dist turns each point that is not a tuple into one as tuple() does: through its
# iterator first, then its length hint, so a class's __len__ errors (negative, too large) come
# out of dist itself, and a list subclass's own __iter__ is what gives the coordinates.
import math


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i


class OwnIter(list):
    def __iter__(self):
        return iter([10, 20])


class TupleOwnIter(tuple):
    def __iter__(self):
        return iter([10, 20])


cases = [
    (Seq(2**64), 5),
    (5, Seq(2**64)),
    (Seq(-1), [1]),
    (Seq(3), Seq(3)),
    (Seq(3), (1, 2, 3)),
    ([1], 5),
    (iter([3, 4]), [0, 0]),
    ((x for x in (3, 4)), range(2)),
    (OwnIter([1, 2]), (0, 0)),
    ((0, 0), OwnIter([1, 2, 3])),
    (TupleOwnIter([3, 4]), (0, 0)),
    ("ab", "cd"),
]
for p, q in cases:
    try:
        print(math.dist(p, q))
    except Exception as e:
        print(type(e).__name__, e)
