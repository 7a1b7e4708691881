# itertools' types can be subclassed (as in CPython): the subclass's __init__ and attributes,
# overridden __next__, reprs with the subclass's name, isinstance and the types' names.
import itertools as I

class MyChain(I.chain):
    def __init__(self, *its, tag="t"):
        self.tag = tag
print(list(MyChain("ab", [1], tag="x")), MyChain("a", tag="q").tag, isinstance(MyChain(), I.chain))

class Doubled(I.count):
    def __next__(self):
        return 2 * super().__next__()
d = Doubled(5)
print(next(d), next(d), repr(d), list(I.islice(d, 2)))

class Rep(I.repeat):
    pass
print(repr(Rep("z", 2)), repr(Rep(1)), list(Rep(3, 2)))

class P(I.product):
    extra = 1
pp = P("ab", repeat=2)
print(type(pp).__name__, pp.extra, list(pp))
for a, b in P([1], [2]):
    print("unpacked", a, b)

class Cnt(I.count):
    pass
print(repr(Cnt(2, 3)), repr(Cnt(1.5)))

try:
    I.chain(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    MyChain(x=1)
except TypeError as e:
    print("TypeError:", e)

class Plain(I.chain):
    pass
try:
    Plain([1], y=2)
except TypeError as e:
    print("TypeError:", e)
print(list(Plain.from_iterable(["ab", "c"])), type(Plain.from_iterable([])).__name__)

names = [I.count, I.cycle, I.repeat, I.accumulate, I.chain, I.compress, I.dropwhile, I.filterfalse,
         I.groupby, I.islice, I.pairwise, I.starmap, I.takewhile, I.zip_longest, I.product,
         I.permutations, I.combinations, I.combinations_with_replacement]
print([(t.__name__, t.__module__, t.__qualname__) for t in names])
print(type(I.tee([1])[0]).__name__, type(next(I.groupby("a"))[1]).__name__, iter(I.count()) is not None)
c = I.chain("a")
print(iter(c) is c, hasattr(c, "__next__"), I.chain.__next__(I.chain("q")))
