# A generator driven by send() that updates an enclosing function's variable.
def make():
    log = []
    total = 0

    def consumer():
        nonlocal total
        while True:
            value = yield total
            if value is None:
                return
            total += value
            log.append(value)
    return consumer, lambda: (total, list(log))


consumer, state = make()
c = consumer()
print(next(c))
print(c.send(5), c.send(7))
print(state())
try:
    c.send(None)
except StopIteration as e:
    print(type(e).__name__, e.value)
print(state())
