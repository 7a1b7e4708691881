"""Queues for handing items from producers to consumers (Dyad's queue module).

Queue is first in, first out; LifoQueue last in, first out; PriorityQueue hands out the
smallest item first; SimpleQueue is an unbounded FIFO without task accounting.

Dyad runs one thread at a time, so nothing can change a queue while a caller waits on it: a
get() that finds the queue empty or a put() that finds it full gives up at once, raising
Empty / Full exactly as a call whose timeout ran out does.
"""

from collections import deque
from heapq import heappop, heappush

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_GenericAlias = type(list[int])


class Empty(Exception):
    """get() found nothing to take (without blocking, or its timeout expired)."""

    __module__ = '_queue'   # where CPython defines it


class Full(Exception):
    """put() found no room (without blocking, or its timeout expired)."""


def _reject_negative(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """FIFO queue holding at most maxsize items (no limit when maxsize <= 0)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # The same attributes as CPython's queue, for code that uses them directly (e.g.
        # `with q.mutex: q.queue.clear()`); no call here ever has to wait on them.  (threading
        # is imported here so that importing queue alone stays cheap.)
        import threading
        lock = self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = [
            threading.Condition(lock) for _ in range(3)]
        self.unfinished_tasks = 0

    # -- storage hooks (subclasses replace these to change the order) -----------------------

    def _init(self, maxsize):
        """Create the container `self.queue`."""
        self.queue = deque()

    def _qsize(self):
        """Number of items stored."""
        return len(self.queue)

    def _put(self, item):
        """Store one item."""
        self.queue.append(item)

    def _get(self):
        """Remove and return the next item."""
        return self.queue.popleft()

    # -- public interface --------------------------------------------------------------------

    def qsize(self):
        """Approximate number of items (exact here: there is only one thread)."""
        return self._qsize()

    def empty(self):
        """True when there is nothing to get."""
        return self._qsize() == 0

    def full(self):
        """True when a bounded queue has no room left."""
        return self.maxsize > 0 and self._qsize() >= self.maxsize

    def put(self, item, block=True, timeout=None):
        """Add item; raises Full when a bounded queue has no room."""
        if self.maxsize > 0:
            if block and timeout is not None:
                _reject_negative(timeout)
            if self._qsize() >= self.maxsize:
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def put_nowait(self, item):
        """put(item) without blocking."""
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return the next item; raises Empty when there is none."""
        if block and timeout is not None:
            _reject_negative(timeout)
        if self._qsize() == 0:
            raise Empty
        return self._get()

    def get_nowait(self):
        """get() without blocking."""
        return self.get(False)

    def task_done(self):
        """Mark one item fetched by get() as fully processed."""
        if self.unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Wait until every item put has been marked done (no other thread could do so while
        this one waits, so this returns at once)."""
        return None


class LifoQueue(Queue):
    """Queue handing out the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """Queue handing out the smallest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class SimpleQueue:
    """Unbounded FIFO queue without task_done()/join()."""

    __module__ = '_queue'   # where CPython defines it
    __class_getitem__ = classmethod(_GenericAlias)

    def __new__(cls, *args, **kwargs):
        if args:
            raise TypeError('SimpleQueue() takes no positional arguments')
        if kwargs:
            raise TypeError('SimpleQueue() takes no keyword arguments')
        self = super().__new__(cls)
        self._items = deque()
        return self

    def put(self, item, block=True, timeout=None):
        """Add item (never blocks; block and timeout are accepted for compatibility)."""
        self._items.append(item)

    def put_nowait(self, item):
        """Same as put(item)."""
        self._items.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item; raises Empty when there is none."""
        if block and timeout is not None:
            _reject_negative(timeout)
        if not self._items:
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        """get() without blocking."""
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
