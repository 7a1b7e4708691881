def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in [10, 20, 30]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value, e.args)
g = averager()
try:
    g.send(5)
except TypeError as e:
    print(e)
