# Calls that leave parameters to their defaults, made many times (the VM specialises them and
# compiles the callee): counts of arguments varying at one site, defaults reassigned or
# removed between calls, mutable defaults, methods and __init__ with defaults, errors.
def f(x, y=2, z=3):
    return x * y + z


def g(a, b=1):
    return f(a) + f(a, b)


def acc(item, into=[]):
    into.append(item)
    return len(into)


class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def moved(self, dx=1, dy=1):
        return Point(self.x + dx, self.y + dy)


t = 0
for i in range(300):
    t += g(i) + f(i, 1, 1) + f(i, 3)
print(t)

sizes = [acc(i) for i in range(100)]
print(sizes[-1], len(acc.__defaults__[0]))

r = []
for i in range(120):
    if i == 60:
        f.__defaults__ = (10, 20)
    if i == 90:
        f.__defaults__ = (5,)
    try:
        r.append(f(i))
    except TypeError as e:
        r.append(str(e))
print(r[59], r[60], r[89], r[90], r[119])
f.__defaults__ = None
try:
    for i in range(3):
        f(i)
except TypeError as e:
    print("TypeError:", e)

p = Point()
for i in range(200):
    p = p.moved() if i % 2 else p.moved(2)
print(p.x, p.y, Point(5).y, Point(y=3).x)

sites = []
for i in range(200):
    sites.append(f(i, 1, 0) if i % 3 else f(i, 2, 1))
print(sum(sites))

# Instances made with __init__ defaults (the class call specialised), defaults changed mid-way.
class Box:
    def __init__(self, w, h=2, d=3):
        self.vol = w * h * d


vols = []
for i in range(150):
    if i == 100:
        Box.__init__.__defaults__ = (1, 1)
    if i == 130:
        Box.__init__.__defaults__ = None
    try:
        vols.append(Box(i).vol if i % 2 else Box(i, 1).vol)
    except TypeError as e:
        vols.append(str(e))
print(vols[98:102], vols[129:132])
