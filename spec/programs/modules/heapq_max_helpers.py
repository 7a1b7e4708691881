# heapq's private max-heap helpers (_heapify_max, _heappop_max, _heapreplace_max), which
# programs use for max-heaps.
import heapq

data = [5, 1, 9, 3, 7, 2, 8, 6, 4, 0]
heap = list(data)
heapq._heapify_max(heap)
print(heap[0], all(heap[i] >= heap[c] for i in range(len(heap)) for c in (2 * i + 1, 2 * i + 2) if c < len(heap)))
out = []
while heap:
    out.append(heapq._heappop_max(heap))
print(out)
heap = [3, 1, 2]
heapq._heapify_max(heap)
print(heapq._heapreplace_max(heap, 0), heap)
for f in (lambda: heapq._heappop_max([]), lambda: heapq._heapreplace_max([], 1), lambda: heapq._heapify_max(None)):
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(heapq.nlargest(3, data), heapq.nsmallest(2, data))
for f in (heapq.heapify, heapq.heappop, lambda h: heapq.heappush(h, 1), lambda h: heapq.heapreplace(h, 1)):
    for bad in (None, (1, 2)):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError", e)
