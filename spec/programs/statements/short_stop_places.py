def first(it):
    for x in it:
        return x
    raise ValueError("empty")
print(first([9, 8]))
try:
    first([])
except ValueError as e:
    print(e)
it = iter([1, 2])
print(next(it), next(it), next(it, None))
def g():
    yield 1
    return "ret"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("value:", e.value)
print(list(zip([1, 2, 3], [4])), list(zip()))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
class Limited:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("custom")
        return self.i
print(list(Limited()), [*Limited(), 0])
e = enumerate("ab")
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
