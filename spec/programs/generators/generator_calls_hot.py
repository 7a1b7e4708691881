# Hot call sites making generators: exact positional arguments, defaults, keywords, *args,
# methods, a site that sometimes calls a plain function or a class instead, and a generator
# function rebound in the module while the loop runs.

def pair(a, b):
    yield a
    yield b

def with_default(a, b=10):
    yield a + b

def kw_only(a, *, k=1):
    yield a * k

def star(*xs):
    yield from xs

def plain(a, b):
    return [a * 100, b * 100]

class Box:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return iter((self.a, -self.b))
    def items(self, n):
        for i in range(n):
            yield self.a + i

def run(rounds):
    total = 0
    makers = [pair, plain, Box]
    for i in range(rounds):
        for v in pair(i, i + 1):
            total += v
        for v in with_default(i):
            total += v
        for v in with_default(i, 1):
            total += v
        for v in kw_only(i, k=2):
            total += v
        for v in star(i, i, i):
            total += v
        for v in Box(i, 1).items(2):
            total += v
        maker = makers[i % 3]
        for v in maker(i, 2):
            total += v
    return total

print(run(300))
print(list(pair(1, 2)), list(with_default(5)), list(kw_only(3, k=4)), list(star()), list(Box(1, 2).items(3)))
saved = pair
for i in range(100):
    if i == 50:
        def pair(a, b):
            yield -a
    s = sum(pair(i, 1))
print(s)
pair = saved
try:
    for i in range(60):
        g = pair(i) if i == 55 else pair(i, i)
except TypeError as e:
    print(type(e).__name__, e)
