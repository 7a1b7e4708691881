# sum() of exact lists and tuples (the ints-then-floats fast path) next to what leaves it:
# overflow past 2**53, bools, int subclasses, float subclasses, bigints, non-numbers, start=.
big = 2 ** 53
cases = [[], (), [1, 2, 3], (4, 5), [big - 1, 1], [big, 1], [big - 1, 1, 1], [-big, -1],
         [1, 2.5, 3], [0.1] * 10, [-0.0], [0, -0.0], (-0.0, -0.0), [1e308, 1e308], [1, 2.5, 2 ** 70],
         [True, 2], [1, True], [2 ** 70, 1], [1.5, True], [float("inf"), 1], [float("nan"), 1],
         [1, 1e16, -1e16], [0.1, 0.2, 0.3], [3, 0.1, 7, 0.2]]
for c in cases:
    r = sum(c)
    print(type(c).__name__, repr(r), type(r).__name__)

class I(int):
    def __add__(self, o):
        return "I.add"
    __radd__ = __add__
class F(float):
    def __radd__(self, o):
        return "F.radd"
print(sum([1, I(2)]), sum([1.5, F(2.0)]), sum([I(5)]))
print(sum([1, 2], 10), sum([1.5], start=1), sum([[1], [2]], []), sum(((1,), (2,)), ()))
class L(list):
    pass
print(sum(L([1, 2, 3])), sum(x for x in [1, 2.5]), sum(range(10)))
for bad in (["a", "b"], [1, "a"], [1.5, None]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError", e)
