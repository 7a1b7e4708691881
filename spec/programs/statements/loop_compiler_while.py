# `while` loops, whose test at the bottom is a backward conditional jump (the VM compiles the
# loop from there): int, float, None and truth tests, nested whiles, a while inside a for,
# break/continue/else, and a test whose operand types change mid-loop.


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


def walk(head):
    t = 0
    node = head
    while node is not None:
        t += node.v
        node = node.nxt
    return t


chain = None
for i in range(60):
    chain = Node(i, chain)
print(walk(chain))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(k) for k in range(1, 30)])


def halve(x):
    k = 0
    while x > 1e-9:
        x = x / 2
        k += 1
    return k, x


print(halve(1000.0), halve(7))


def nested(n):
    i = 0
    out = 0
    while i < n:
        j = i
        while j > 0:
            out += j % 3
            j -= 2
        i += 1
    else:
        out = -out
    return out


print(nested(40))


def mixed_test(items):
    i = 0
    seen = 0
    while items[i]:
        seen += 1
        i += 1
    return seen


print(mixed_test([1, 2.5, "a", [0], (1,), 3] * 5 + [0]), mixed_test([True] * 30 + [""]))


def for_while(rows):
    out = []
    for r in rows:
        k = r
        while k:
            if k == 5:
                k -= 1
                continue
            if k > 100:
                break
            k -= 1
        out.append(k)
    return out


print(for_while(list(range(20)) + [150]))


def count_down(n):
    while n:
        n -= 1
        if n == 50:
            n = 50.0
    return n


print(count_down(80))
