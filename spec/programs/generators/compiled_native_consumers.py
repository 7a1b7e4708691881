# Generators consumed by natives (sum, any, all, max, min, sorted, list, dict, str.join) while
# they are suspended inside compiled loops: each item is the compiled loop run to the next
# yield. Early stops, exceptions on either side, consumers that resume or close the generator
# themselves, `del` and deleted subscripts across yields, long enough for the loops to compile.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


print("sum", sum(x for x in count_up(5000) if x % 7))
print("any", any(x > 4998 for x in count_up(5000)), any(x > 5000 for x in count_up(5000)))
print("all", all(x < 4000 for x in count_up(5000)))
print("max", max(x * (x % 13) for x in count_up(5000)), min(-x for x in count_up(4000)))
print("sorted", sorted(x % 17 for x in count_up(3000))[-3:])
print("join", len(",".join(str(x) for x in count_up(3000))))
print("dict", len(dict((x, x) for x in count_up(3000))))


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


print("windows", max(w[2] - w[0] for w in windows(count_up(4000), 3)), sum(1 for _ in windows(iter(range(3000)), 4)))


# The consumer's own code raising: the generator is left suspended, resumable.
class Boom:
    def __init__(self, at):
        self.at = at
        self.n = 0

    def __bool__(self):
        self.n += 1
        if self.n == self.at:
            raise KeyError("boom at %d" % self.at)
        return False


def booms(b, n):
    for i in range(n):
        yield b


b = Boom(3500)
g = booms(b, 5000)
try:
    any(g)
except KeyError as e:
    print("visit raised", e, b.n)
print("resumed after", next(g) is b, sum(1 for _ in g))


# The generator raising while a native consumes it.
def fails(n):
    for i in range(n):
        yield i
    raise ValueError("gen failed")


try:
    sum(fails(4000))
except ValueError as e:
    print("gen raised", e)


# A StopIteration escaping from inside: RuntimeError.
def leaks(n):
    it = iter(range(n))
    while True:
        yield next(it)


try:
    print(sum(leaks(3000)))
except RuntimeError as e:
    print("pep479", e)


# The consumer's code advancing the same generator (an item skipped each time) and closing it.
class Skipper:
    def __init__(self):
        self.gen = None
        self.seen = 0

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        self.seen += 1
        if self.seen % 1000 == 0:
            next(self.gen, None)
        return False


def skippers(n):
    s = Skipper()
    for i in range(n):
        yield s


g = skippers(5000)
first = next(g)
first.gen = g
m = max(g)
print("skipped", m is first, first.seen)


class Closer:
    def __init__(self):
        self.gen = None
        self.n = 0

    def __bool__(self):
        self.n += 1
        if self.n == 3000:
            self.gen.close()
        return False


closed = []


def closers(c, n):
    try:
        for i in range(n):
            yield c
    finally:
        closed.append(i)


c = Closer()
g = closers(c, 5000)
c.gen = g
print("closed", any(g), c.n, closed)


# Locals deleted across yields.
def deleting(n):
    for i in range(n):
        a = [i, i + 1, i + 2]
        yield a[1]
        del a[1]
        yield a[1]
        del a
        try:
            a
        except UnboundLocalError:
            yield -1


print("deleting", sum(deleting(3000)))


def del_unbound(n):
    for i in range(n):
        x = i
        yield x
        del x
    del x


try:
    print(sum(del_unbound(3000)))
except UnboundLocalError as e:
    print("unbound", e)


# del on dicts and on an object with __delitem__ inside a generator loop.
class Bag:
    def __init__(self):
        self.gone = 0

    def __delitem__(self, k):
        self.gone += k


def dels(n, bag):
    d = {}
    for i in range(n):
        d[i] = i
        if i % 2:
            del d[i - 1]
        del bag[i]
        yield len(d)
    try:
        del d["missing"]
    except KeyError as e:
        yield repr(e)


bag = Bag()
out = list(dels(3000, bag))
print("dels", out[:4], out[-2:], bag.gone)
lst = [1, 2, 3]


def del_index(n):
    for i in range(n):
        try:
            del lst[5]
        except IndexError as e:
            yield str(e)


print("index", set(del_index(3000)))


# Collected all at once (list, tuple, unpacking): raising inside the generator's compiled loop,
# handled there or not; a generator whose loop has an exception handler in it.
def divides(n, at):
    for i in range(n):
        yield 100000 // (i - at)


try:
    list(divides(5000, 3500))
except ZeroDivisionError as e:
    print("drain raised", e)


def divides_handled(n, at):
    for i in range(n):
        try:
            yield 100000 // (i - at)
        except ZeroDivisionError:
            pass
        try:
            q = 100000 // (i - at)
        except ZeroDivisionError:
            q = "div"
        yield q


out = tuple(divides_handled(4000, 2500))
print("drain handled", len(out), out[4998:5003])
a, *rest, z = count_up(5000)
print("unpack", a, len(rest), z)
print("list", len(list(count_up(6000))), sum(list(x for x in count_up(4000) if x & 1)))
