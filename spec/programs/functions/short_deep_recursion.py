import sys
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(990))
sys.setrecursionlimit(12000)
print(f(10000))
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
print(Node(3000).depth())
def g(n):
    if n == 0:
        yield 0
    else:
        yield from g(n - 1)
print(list(g(1500)))
nested = []
cur = nested
for _ in range(5000):
    cur.append([])
    cur = cur[0]
try:
    print(len(repr(nested)))
except RecursionError as e:
    print("RecursionError", e)
print(str(sorted(range(10), key=lambda v: -v)))
