# IndexError from list and tuple subscripts in hot loops (compiled code leaves to the
# interpreter, which raises it without a JS throw): messages, negative indices, the traceback's
# line, handlers in the same loop and in a caller, and an uncaught one at the end.
import sys


def pick(seq, i):
    return seq[i]


def run(n):
    l = [10, 20, 30]
    t = ("a", "b")
    hits = misses = 0
    msgs = set()
    for i in range(n):
        try:
            hits += l[i % 5 - 1]
        except IndexError as e:
            misses += 1
            msgs.add(str(e))
            line = e.__traceback__.tb_lineno
        try:
            hits += len(t[-(i % 4)])
        except IndexError as e:
            msgs.add(str(e))
        try:
            pick(l, i % 7)
        except IndexError:
            misses += 1
    return hits, misses, sorted(msgs), line


print(run(4000))
total = 0
for i in range(3000):
    try:
        total += [1, 2][i % 3]
    except IndexError:
        total -= 1
print(total, sys.exc_info())
rows = [[1, 2, 3], [4, 5], [6]]
for k in range(2000):
    for r in rows:
        total += r[min(k % 4, 2)] if k % 4 < len(r) else 0
print(total)
print([1, 2, 3][3 + len(rows) * 0 + total % 1])
