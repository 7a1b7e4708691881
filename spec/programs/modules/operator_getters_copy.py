# itemgetter / attrgetter / methodcaller: __reduce__, so copy and deepcopy work.
import copy
import operator


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self

    def scaled(self, k, *, shift=0):
        return (self.x * k + shift, self.y * k + shift)


p = Point(2, 3)
getters = [
    operator.itemgetter(1),
    operator.itemgetter(0, 2),
    operator.attrgetter("x"),
    operator.attrgetter("inner.y", "x"),
    operator.methodcaller("scaled", 10),
    operator.methodcaller("scaled", 10, shift=1),
    operator.methodcaller("upper"),
]
for g in getters:
    r = g.__reduce__()
    print(repr(g), type(r[0]).__name__, r[1])
    for c in (copy.copy(g), copy.deepcopy(g)):
        print("  ", repr(c), type(c) is type(g))
print(copy.copy(getters[0])([5, 6, 7]), copy.deepcopy(getters[1])("abc"))
print(copy.copy(getters[3])(p), copy.deepcopy(getters[5])(p), copy.copy(getters[4])(p))
print(copy.copy(getters[6])("hi"))
