import heapq, itertools
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["b", "A"], ["a"], key=str.lower)), list(heapq.merge([(1, "x")], [(1, "y")], [(0, "z")], key=lambda t: t[0])))
print(list(itertools.islice(heapq.merge(itertools.count(0, 2), itertools.count(1, 2)), 7)))
def noisy(name, vals):
    for v in vals:
        print("yield", name, v)
        yield v
m = heapq.merge(noisy("a", [1, 3]), noisy("b", [2]))
print("created")
print(next(m))
print(list(m))
print(list(heapq.merge([3, 1], [2], reverse=True, key=lambda x: x)), list(heapq.merge([1, 1], [1], key=abs)), type(heapq.merge()).__name__)
