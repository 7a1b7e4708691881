# Functions with loops whose bodies the VM compiles, in other shapes: try/except/finally and
# with around a loop, returns from inside with and nested loops, while True/break, while-else,
# recursion, closures and cells made in loops, del after a loop, comprehensions in loops,
# generator functions (never compiled bodies), and RecursionError through compiled bodies.
import sys
class CM:
    def __init__(self): self.log = []
    def __enter__(self): self.log.append("in"); return self
    def __exit__(self, *a): self.log.append("out"); return False

def around(xs, k):
    try:
        t = 0
        for x in xs:
            t += 10 // (x - k)
        return t
    except ZeroDivisionError:
        return "zde"
    finally:
        pass

def with_loop(cm, n):
    with cm:
        s = 0
        for i in range(n):
            if i == 3:
                return s
            s += i
    return -s

def while_true(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            break
    return i

def rec(n):
    if n <= 0:
        return 0
    t = 0
    for i in range(3):
        t += i
    return t + rec(n - 1)

def outer(n):
    acc = []
    for i in range(n):
        def get(i=i):
            return i * 2
        acc.append(get())
    total = 0
    for v in acc:
        total += v
    return total, (lambda: total + n)()

def cells(n):
    c = 0
    def bump():
        nonlocal c
        c += 1
    for _ in range(n):
        bump()
    return c

def dele(n):
    for i in range(n):
        x = i
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)

def listcomp_in_loop(n):
    out = 0
    for i in range(n):
        out += sum([j for j in range(i)])
    return out

def nested_ret(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j)
    return None

def gen_loop(n):
    for i in range(n):
        yield i

def while_else(n):
    i = 0
    while i < n:
        i += 2
    else:
        i = -i
    return i

def string_loop(s):
    out = ""
    for ch in s:
        if ch == "x":
            continue
        out += ch.upper()
    return out

cm = CM()
res = []
for k in range(100):
    res.append(around([1, 2, 3, 4], k % 5))
    res.append(with_loop(cm, k % 6))
    res.append(while_true(k))
    res.append(rec(k % 7))
    res.append(outer(k % 4))
    res.append(cells(k % 9))
    res.append(dele(1 + k % 3))
    res.append(listcomp_in_loop(k % 5))
    res.append(nested_ret(k % 8))
    res.append(sum(gen_loop(k % 10)))
    res.append(while_else(k % 7))
    res.append(string_loop("abxcx" * (k % 3)))
print(len(res), res[-12:], res[:12])
print(cm.log.count("in"), cm.log.count("out"))
print(sum(1 for r in res if r == "zde"))
print(rec(200))
sys.setrecursionlimit(300)
try:
    rec(1000)
except RecursionError as e:
    print("RecursionError")
