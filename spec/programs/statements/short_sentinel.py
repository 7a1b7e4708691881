data = [3, 1, 4, 0, 5]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
import math
class Tick:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
t = Tick()
print([x for x in iter(t, 4)])
try:
    iter(5, 0)
except TypeError as e:
    print(e)
