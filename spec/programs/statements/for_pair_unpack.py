# for a, b in enumerate(...) / zip(x, y) / d.items() in loops (the VM hands out the two values
# without a tuple), and the cases around it: other arities, strict zip errors, huge enumerate
# starts, subclasses, dicts changed during iteration, starred targets, break and generators.
data = [3, 1, 4, 1, 5, 9, 2, 6]
d = {chr(97 + i): i * i for i in range(8)}
acc = 0
for _ in range(50):
    for i, v in enumerate(data):
        acc += i * v
    for a, b in zip(data, reversed(data)):
        acc += a - b
    for k, v in d.items():
        acc += v + len(k)
    for (k, v) in d.items():
        acc -= v
print(acc)
print([(i, v) for i, v in enumerate("abc", 10)], [(a, b) for a, b in zip("xy", [1, 2, 3])])
big = [(i, v) for i, v in enumerate("ab", 2 ** 62)]
print(big, [i for i, v in enumerate("abc", -2)])
for _ in range(3):
    try:
        for a, b in zip(data, data, data):
            pass
    except ValueError as e:
        print(e)
    try:
        for a, b in zip(data, data[:3], strict=True):
            pass
    except ValueError as e:
        print(e, a, b)
    try:
        for a, b in zip(data[:2], data, strict=True):
            pass
    except ValueError as e:
        print(e)
    for a, *rest in zip(data, data, data):
        pass
    print(a, rest)


class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 100, v)


print([p for p in E("ab")], [(i, v) for i, v in E("xyz")])


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print([(i, v) for i, v in enumerate(It())], [(a, b) for a, b in zip(It(), "pq")])
dd = {1: 2, 3: 4}
try:
    for k, v in dd.items():
        dd[k * 10] = v
except RuntimeError as e:
    print(e)
try:
    for k, v in {1: (1, 2)}.values():
        pass
except TypeError as e:
    print(e)
for i, v in enumerate(data):
    if v == 5:
        break
print(i, v)


def pairs(xs):
    for i, x in enumerate(xs):
        yield i, x
    for a, b in zip(xs, xs[1:]):
        yield a + b


print(list(pairs([1, 2, 3])))
try:
    for a, b in enumerate([1, 2]):
        raise KeyError(a)
except KeyError as e:
    print("KeyError", e)
