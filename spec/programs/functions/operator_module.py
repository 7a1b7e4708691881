import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.contains([1, 2], 2))
print(operator.getitem([1, 2, 3], 1), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.concat([1], [2]), operator.pow(2, 10), operator.mod(7, 3))
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), itemgetter(0, 1)("xyz"), itemgetter(slice(1, None))("hello"))
class P:
    def __init__(self, n, a): self.name, self.age = n, a
    def greet(self, g="hi"): return f"{g} {self.name}"
ps = [P("z", 3), P("y", 1)]
print([p.name for p in sorted(ps, key=attrgetter("age"))], attrgetter("name", "age")(ps[0]), methodcaller("greet", g="yo")(ps[1]), methodcaller("upper")("abc"))
print(itemgetter(1), attrgetter("a.b"), methodcaller("m", 1, k=2))
l = [1]
print(operator.iadd(l, [2]), l, operator.lt(1, 2), operator.index(5), operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.sub, [5, 6], [1, 2])))
d = {}
operator.setitem(d, "k", 1)
operator.delitem(d, "k")
print(d, operator.xor(5, 3), operator.and_(6, 3), operator.or_(4, 1), operator.invert(0), operator.truediv(1, 4), operator.floordiv(7, 2))
