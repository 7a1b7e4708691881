class BST:
    def __init__(self):
        self.root = None
    class _N:
        def __init__(self, k):
            self.k, self.l, self.r = k, None, None
    def insert(self, k):
        def _ins(n):
            if n is None:
                return BST._N(k)
            if k < n.k:
                n.l = _ins(n.l)
            elif k > n.k:
                n.r = _ins(n.r)
            return n
        self.root = _ins(self.root)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def height(self, n=...):
        if n is ...:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return True
            n = n.l if k < n.k else n.r
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(list(t), t.height(), 40 in t, 45 in t)
print([k for k in t if k % 20 == 0])
