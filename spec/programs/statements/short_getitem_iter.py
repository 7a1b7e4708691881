class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s, list(reversed([*s])))
for v in s:
    print(v, end=" ")
print()
it = iter(s)
print(type(it).__name__, next(it), next(it))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Seq())), "".join(Seq()))
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
class Cont:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Cont(), "other" not in Cont())
