import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
data = [9, 4, 7, 1, 3, 8, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
a = [1, 3, 3, 5, 8]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 10))
bisect.insort(a, 4); bisect.insort_left(a, 3)
print(a, bisect.bisect_left([("a", 1), ("c", 3)], "b", key=lambda t: t[0]))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
