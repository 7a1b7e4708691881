# next(g) / g.send(v) of a generator that returns, in hot loops: StopIteration carries the return
# value, its traceback points at the call, it chains onto a handled exception, a handler in the
# same function or in a caller catches it, and a `del` of containers holding live generators.
import sys

def g(n):
    for i in range(n):
        yield i
    return n * 10

def drain(k):
    t = 0
    for r in range(k):
        it = g(r % 3)
        while True:
            try:
                t += next(it)
            except StopIteration as e:
                t += e.value or 0
                break
    return t

print(drain(3000))

def sender():
    total = 0
    while True:
        x = yield total
        if x is None:
            return ("done", total)
        total += x

vals = []
for r in range(200):
    s = sender()
    next(s)
    for v in range(r % 4):
        s.send(v)
    try:
        s.send(None)
    except StopIteration as e:
        vals.append(e.value)
print(vals[-3:])

def outer():
    it = g(0)
    try:
        raise KeyError("k")
    except KeyError:
        try:
            next(it)
        except StopIteration as e:
            return type(e.__context__).__name__, e.args, e.__traceback__.tb_lineno - outer.__code__.co_firstlineno

print(outer())

def passes_up():
    return next(g(0))

def catcher(n):
    c = 0
    for i in range(n):
        try:
            passes_up()
        except StopIteration as e:
            c += 1 if e.value == 0 else 100
    return c
print(catcher(500))

try:
    next(g(1), ) if False else [next(x) for x in [g(0)]]
except StopIteration as e:
    print("escaped", repr(e), type(e.__traceback__).__name__)

class Noisy:
    def __init__(self, tag): self.tag = tag
    def __del__(self): print("del", self.tag)

def holder():
    try:
        yield 1
    finally:
        print("holder finally")

box = [Noisy("a"), ["x"] * 50, {"k": Noisy("b")}]
del box
h = holder(); next(h)
bag = {"gens": [h], "n": list(range(30))}
del h
del bag
print("end")
