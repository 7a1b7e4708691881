def ping():
    count = 0
    while True:
        msg = yield f"ping {count}"
        if msg == "stop":
            return count
        count += 1
def relay(g):
    result = yield from g
    yield f"relay finished with {result}"
p = relay(ping())
print(next(p))
print(p.send("go"))
print(p.send("go"))
print(p.send("stop"))
try:
    p.send("more")
except StopIteration:
    print("relay exhausted")
def consumer():
    seen = []
    try:
        while True:
            item = yield
            seen.append(item)
    finally:
        print("consumer saw", seen)
c = consumer()
next(c)
for i in "abc":
    c.send(i)
c.close()
def producer(target, items):
    for it in items:
        target.send(it)
    target.close()
c2 = consumer(); next(c2)
producer(c2, range(3))
g = ping()
try:
    g.send("x")
except TypeError as e:
    print(e)
