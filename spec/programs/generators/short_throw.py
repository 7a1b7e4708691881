def worker():
    n = 0
    while True:
        try:
            x = yield n
            n += x
        except ValueError as e:
            print("recovered from", e)
            n = -1
        except KeyError:
            return "done"
w = worker()
next(w)
print(w.send(5))
print(w.throw(ValueError("bad")))
print(w.send(3))
try:
    w.throw(KeyError)
except StopIteration as e:
    print("stop", e.value)
try:
    w.throw(TypeError("after end"))
except TypeError as e:
    print("raised", e)
def g2():
    yield 1
x = g2()
try:
    x.throw(IndexError("fresh"))
except IndexError as e:
    print("fresh gen:", e)
print(next(x, "empty"))
