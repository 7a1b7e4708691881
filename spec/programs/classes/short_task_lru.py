class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            self.hits += 1
            v = self.d.pop(k)
            self.d[k] = v
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.d:
            del self.d[k]
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            print("evict", oldest)
            del self.d[oldest]
        self.d[k] = v
c = LRU(2)
c.put("a", 1); c.put("b", 2)
print(c.get("a"))
c.put("c", 3)
print(c.get("b"), c.get("c"), list(c.d), c.hits, c.misses)
def lru_cache(maxsize):
    def deco(fn):
        cache = LRU(maxsize)
        def wrapper(n):
            r = cache.get(n)
            if r is None:
                r = fn(n)
                cache.put(n, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@lru_cache(3)
def square(n):
    print("compute", n)
    return n * n
print([square(x) for x in [1, 2, 1, 3, 4, 1]])
