# Default values are evaluated once, when the def statement runs.
base = 10


def f(x=base):
    return x


base = 20
print(f())


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)

calls = []


def noisy(v):
    calls.append(v)
    return v


def g(a=noisy('a'), *, b=noisy('b')):
    return a, b


print(calls)
print(g(), g(), calls)
fs = []
for i in range(3):
    def h(v=i * i):
        return v
    fs.append(h)
print([h() for h in fs])
