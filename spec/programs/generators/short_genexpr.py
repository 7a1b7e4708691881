squares = (x * x for x in range(5))
print(next(squares), sum(squares))
print(list(squares))
nums = [1, 2, 3]
g = (n * 10 for n in nums)
nums.append(4)
print(list(g))
nums = [7]
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
print(any(n > 2 for n in [1, 5]), all(n for n in []))
print(sorted((c for c in "banana"), reverse=True))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
try:
    list(1 / (3 - i) for i in range(5))
except ZeroDivisionError as e:
    print("ZDE", e)
def stop_in_gen():
    yield 1
    raise StopIteration
try:
    list(stop_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
