# Deep recursion in functions whose bodies the VM compiles: calls deeper than compiled code
# calls directly go through the interpreter, and the return into the caller goes on in the
# caller's compiled body. Results, exceptions and traceback lines must not change.
import sys

sys.setrecursionlimit(5000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def parts(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return parts(n - k, k) + parts(n, k - 1)


def mixed(n):
    if n == 0:
        return []
    r = mixed(n - 1)
    r.append(n * 2 if n % 2 else -n)
    return r


class Node:
    def __init__(self, n):
        self.n = n
        self.child = Node(n - 1) if n > 0 else None

    def size(self):
        return 1 + (self.child.size() if self.child is not None else 0)


def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1) + 1


def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


total = 0
for i in range(40):
    total += depth(300 + i)
print("depth", total)
print("parts", [parts(n, n) for n in range(0, 40, 5)])
m = mixed(200)
print("mixed", len(m), sum(m), m[:6], m[-3:])
print("nodes", sum(Node(60).size() for _ in range(40)))
for i in range(40):
    try:
        boom(100 + i)
    except ValueError as e:
        names = tb_names(e)
print("boom", len(names), names[:2], names[-2:])


def limited(n):
    return limited(n + 1)


try:
    limited(0)
except RecursionError as e:
    print("RecursionError", e)
print("after", depth(200))
