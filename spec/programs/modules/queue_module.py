import queue
q = queue.Queue(maxsize=2)
q.put(1); q.put_nowait(2)
print(q.qsize(), q.full(), q.empty(), q.maxsize, q.unfinished_tasks)
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put(3, timeout=0)
except queue.Full:
    print("Full again")
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    q.get(block=False, timeout=-1)
except queue.Empty:
    print("nonblocking ignores timeout")
q.task_done(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(e)
q.join()
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)], lq.empty())
sq = queue.SimpleQueue()
sq.put("x"); sq.put("y")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(False)
except queue.Empty:
    print("sq empty")
print(queue.Queue[int], issubclass(queue.Empty, Exception), queue.Queue().queue)
class Tracked(queue.Queue):
    def _put(self, item):
        print("putting", item)
        super()._put(item)
t = Tracked()
t.put(5)
print(t.get())
