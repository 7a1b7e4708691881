def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2); find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
while True:
    break
else:
    print("never")
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            continue
    print("after try", i)
def calls():
    log = []
    def idx():
        log.append("idx")
        return 0
    def target():
        log.append("target")
        return [10]
    target()[idx()] += 5
    return log
print(calls())
a = [1, 2, 3, 4, 5]
del a[0], a[-1]
print(a)
class O: pass
o = O(); o.x = 1; o.y = 2
del o.x, o.y
print(vars(o))
x = y = z = 0
del x, y
print("z" in dir(), "x" in dir())
i = 0
for i in range(0):
    pass
print(i)
for i, (a_, b_) in enumerate([(1, 2)]):
    pass
print(i, a_, b_)
for x in [1, 2, 3]:
    x *= 10
print(x)
m = [[1, 2], [3, 4]]
for row in m:
    row[0] = 0
print(m)
d = {"a": 1}
for k, v in list(d.items()):
    d[k + k] = v
print(d)
