# queue: FIFO/LIFO/priority order, bounded queues, non-blocking and timed-out calls, timeout
# validation, task accounting, SimpleQueue, the mutex idiom, generic aliases and class names.
import queue


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(e))


for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in [5, 1, 4, 2, 3]:
        q.put(item)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), type(q.queue).__name__,
          [q.get() for _ in range(q.qsize())], q.empty(), q.unfinished_tasks)

pq = queue.PriorityQueue()
for entry in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'first')]:
    pq.put_nowait(entry)
print([pq.get_nowait() for _ in range(4)])

bounded = queue.Queue(maxsize=2)
bounded.put('a')
bounded.put('b', block=False)
print(bounded.full(), bounded.qsize(), bounded.maxsize)
attempt('put nowait full', lambda: bounded.put_nowait('c'))
attempt('put timeout full', lambda: bounded.put('c', timeout=0))
attempt('put negative timeout', lambda: bounded.put('c', True, -1))
attempt('put negative timeout non-blocking', lambda: bounded.put('c', False, -1))
print(bounded.get(), bounded.get(timeout=5), bounded.empty())
attempt('get nowait empty', bounded.get_nowait)
attempt('get timeout empty', lambda: bounded.get(timeout=0.0))
attempt('get negative timeout', lambda: bounded.get(timeout=-2))
attempt('get negative non-blocking', lambda: bounded.get(False, -2))
bounded.put(1)
attempt('get negative timeout non-empty', lambda: bounded.get(timeout=-2))
attempt('unbounded negative timeout', lambda: queue.Queue().put(1, timeout=-5))
print(queue.Queue(0).full(), queue.Queue(-1).full(), queue.Queue(1).full())

tasks = queue.Queue()
for n in range(3):
    tasks.put(n)
print(tasks.unfinished_tasks)
while not tasks.empty():
    tasks.get()
    tasks.task_done()
print(tasks.unfinished_tasks, tasks.join())
attempt('task_done too often', tasks.task_done)

q = queue.Queue()
for n in range(4):
    q.put(n)
with q.mutex:
    q.queue.clear()
print(q.qsize(), q.unfinished_tasks, sorted(vars(q)))
print(type(q.not_empty).__name__, type(q.not_full).__name__, type(q.all_tasks_done).__name__)

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False, timeout=-1)
s.put_nowait(3)
print(s.qsize(), s.get(), s.get(False), s.get_nowait(), s.empty())
attempt('simple get empty', s.get_nowait)
attempt('simple get timeout', lambda: s.get(timeout=0.001))
attempt('simple negative timeout', lambda: s.get(timeout=-1))
attempt('simple args', lambda: queue.SimpleQueue(1))
print(hasattr(s, 'task_done'), hasattr(s, 'join'), hasattr(s, 'full'))

print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue, queue.PriorityQueue, queue.LifoQueue)
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[tuple[int, str]])
print(queue.__all__, issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print([c.__name__ for c in queue.LifoQueue.__mro__], [c.__name__ for c in queue.PriorityQueue.__mro__])


class Capped(queue.Queue):
    # A subclass replacing the storage hooks: keeps items sorted, descending.
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop(0)


c = Capped(3)
for item in [2, 9, 4]:
    c.put(item)
attempt('subclass full', lambda: c.put(1, False))
print([c.get() for _ in range(3)], c.qsize())
