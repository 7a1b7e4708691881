# Branches a compiled loop (or body) reaches only after it was compiled: their attribute and
# method loads, attribute stores, calls (with keywords too) and global loads had not run, so
# the compiled code is thrown away there and compiled again. More rare branches than the
# recompile limit, in loops and in function bodies; results must not change.
class Node:
    __slots__ = ("val", "left", "right")

    def __init__(self, val):
        self.val = val
        self.left = None
        self.right = None


def insert(root, v):
    if root is None:
        return Node(v)
    cur = root
    while True:
        if v < cur.val:
            if cur.left is None:
                cur.left = Node(v)
                return root
            cur = cur.left
        else:
            if cur.right is None:
                cur.right = Node(v)
                return root
            cur = cur.right


def walk(n, out):
    if n is not None:
        walk(n.left, out)
        out.append(n.val)
        walk(n.right, out)
    return out


root = None
for i in range(2000):
    root = insert(root, i * 3 if i < 500 else (i * 7919) % 6007)
vals = walk(root, [])
print(len(vals), vals[:6], vals[-3:], vals == sorted(vals))

SCALE = 3


class Rec:
    def __init__(self, k):
        self.k = k
        self.tag = "r%d" % k

    def double(self, by=2):
        return self.k * by


def mixed(n):
    acc = []
    for i in range(n):
        r = Rec(i)
        if i < 300:
            acc.append(r.k)
        elif i % 7 == 0:
            acc.append(r.double(by=SCALE))
        elif i % 11 == 0:
            acc.append(len(r.tag))
        elif i % 13 == 0:
            r.extra = i
            acc.append(r.extra + SCALE)
        elif i % 17 == 0:
            acc.append(sorted([3, 1, 2], reverse=True)[0])
        elif i % 19 == 0:
            acc.append(max(r.k, SCALE, key=abs))
        elif i % 23 == 0:
            acc.append(divmod(r.k, SCALE)[1])
        elif i % 29 == 0:
            acc.append(int("7", base=8))
        else:
            acc.append(-1)
    return acc


res = mixed(1500)
print(len(res), sum(res), res[300:320])


def classify(x):
    if x < 100:
        return x
    if x % 2:
        return Rec(x).double()
    if x % 3:
        return str(x).zfill(6)
    return Rec(x).double(by=SCALE)


print([classify(i) for i in range(0, 130, 1)][-12:])
print([classify(i) for i in range(95, 115)])
