class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None
    def __repr__(self):
        return f"Node({self.key!r}={self.val!r})"

class LRU:
    def __init__(self, cap):
        if cap <= 0:
            raise ValueError("capacity must be positive")
        self.cap = cap
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def __getitem__(self, key):
        try:
            n = self.map[key]
        except KeyError:
            self.misses += 1
            raise KeyError(key) from None
        self.hits += 1
        self._unlink(n); self._push_front(n)
        return n.val
    def __setitem__(self, key, val):
        if key in self.map:
            n = self.map[key]
            n.val = val
            self._unlink(n)
        else:
            if len(self.map) >= self.cap:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                print(f"  evict {lru}")
            n = self.map[key] = Node(key, val)
        self._push_front(n)
    def __delitem__(self, key):
        self._unlink(self.map.pop(key))
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next
    def __reversed__(self):
        n = self.tail.prev
        while n is not self.head:
            yield n.key
            n = n.prev
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
    def items(self):
        return [(k, self.map[k].val) for k in self]
    def __repr__(self):
        return f"LRU({self.cap}, {self.items()})"
    def __eq__(self, other):
        return isinstance(other, LRU) and self.items() == other.items()
    __hash__ = None

c = LRU(3)
for k in "abcd":
    c[k] = ord(k)
print(c, len(c), list(c), list(reversed(c)))
print(c["b"], c.get("a"), c.get("zz", -1), "c" in c, "a" in c)
c["e"] = 5
c["b"] = 98 * 2
print(c)
del c["b"]
print(c, c.hits, c.misses)
try:
    c["nope"]
except KeyError as e:
    print("KeyError", e, e.__suppress_context__, e.__context__)
try:
    del c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(c)
except TypeError as e:
    print("TypeError:", e)
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)
d = LRU(3); e = LRU(3)
d[1] = 1; e[1] = 1
print(d == e, d != e, d == 1, [d].index(e), sorted(d), dict(zip(d, reversed(d))))

# memoize decorator built on the LRU, with a counter in a closure
def memo(cap):
    def deco(fn):
        cache = LRU(cap)
        calls = 0
        def wrapper(*args):
            nonlocal calls
            calls += 1
            if args in cache:
                return cache[args]
            r = cache[args] = fn(*args)
            return r
        wrapper.cache = cache
        wrapper.stats = lambda: (calls, cache.hits, cache.misses, len(cache))
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

@memo(50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.stats(), fib.__name__, fib.__wrapped__(10))
@memo(2)
def sq(x):
    print(f"  computing sq({x})")
    return x * x
print([sq(i % 3) for i in range(6)], sq.stats())

# linked list with rich dunders
class LinkedList:
    def __init__(self, it=()):
        self.head = None
        self.size = 0
        for v in reversed(list(it)):
            self.push(v)
    def push(self, v):
        n = Node(None, v)
        n.next = self.head
        self.head = n
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __repr__(self):
        return "LL(" + " -> ".join(map(repr, self)) + ")"
    def __add__(self, other):
        return LinkedList([*self, *other])
    def __mul__(self, n):
        return LinkedList(list(self) * n)
    def __bool__(self):
        return self.head is not None
    def reverse(self):
        prev, n = None, self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
        return self
ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], ll[1:], ll[::-1], ll + [4], ll * 2, bool(LinkedList()), list(ll.reverse()))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
a, b, c2 = ll
print(a, b, c2, 2 in ll, max(ll), sorted(ll), sum(ll), list(enumerate(ll, 1)), [*ll], {*ll} == {1, 2, 3})
