# Comparison sites that see two instances of one class with Python comparison dunders, run
# many times (so the VM specialises them), and the protocol around the dunder: NotImplemented
# then the reflected method, then identity for ==/!= or TypeError; exceptions from the dunder;
# the dunder replaced on the class after the site specialised; subclasses; chained compares.
import traceback


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        return self.x == o.x

    def __lt__(self, o):
        return self.x < o.x

    def __le__(self, o):
        return NotImplemented if self.x == 3 else self.x <= o.x

    def __ge__(self, o):
        return self.x >= o.x


ps = [P(i % 5) for i in range(40)]
eq = lt = le = ne = gt = 0
for a in ps:
    for b in ps:
        if a == b:
            eq += 1
        if a < b:
            lt += 1
        if a != b:
            ne += 1
        if a > b:
            gt += 1
        if a <= b:   # x == 3: NotImplemented, then b.__ge__(a)
            le += 1
print(eq, lt, ne, gt, le)


class Odd:
    calls = []

    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        Odd.calls.append(('eq', self.n, o.n))
        return NotImplemented

    def __lt__(self, o):
        Odd.calls.append(('lt', self.n, o.n))
        return NotImplemented

    def __gt__(self, o):
        Odd.calls.append(('gt', self.n, o.n))
        return "gt-result" if o.n == 2 else NotImplemented


xs = [Odd(1), Odd(2)]
res = []
for _ in range(20):
    for a in xs:
        for b in xs:
            res.append(a == b)
            try:
                res.append(a < b)
            except TypeError as e:
                res.append(str(e))
print(res[:8])
print(len(res), Odd.calls[:8])


class Boom:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if self.v == 7:
            raise ValueError("boom at %d" % o.v)
        return self.v == o.v


bs = [Boom(i) for i in range(10)]
caught = 0
for a in bs:
    for b in bs:
        try:
            a == b
        except ValueError as e:
            caught += 1
            last = str(e)
print(caught, last)
try:
    for a in bs:
        a == bs[0]
except ValueError:
    tb = traceback.format_exc().splitlines()
    print([l.strip() for l in tb if l.strip().startswith('File')][-1].split(',')[-1])


class R:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v


def count_lt(items):
    return sum(1 for a in items for b in items if a < b)


rs = [R(i) for i in range(12)]
print(count_lt(rs))
R.__lt__ = lambda self, o: self.v > o.v      # patched after the site specialised
print(count_lt(rs), rs[0] < rs[1])


def rev_lt(self, o):
    return "rev" if self.v < o.v else ""


R.__lt__ = rev_lt
print(count_lt(rs), repr(rs[0] < rs[1]), repr(rs[1] < rs[0]))


class S(R):
    def __lt__(self, o):
        return 'S' if isinstance(o, S) else NotImplemented

    def __gt__(self, o):
        return 'S.gt'


mixed = [R(1), S(2), R(3), S(4)]
out = []
for _ in range(10):
    for a in mixed:
        for b in mixed:
            try:
                out.append(a < b)
            except TypeError as e:
                out.append(str(e)[-12:])
print(out[:16])


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return 'C(%d)' % self.v


cs = [C(1), C(2), C(3)]
chains = 0
for _ in range(30):
    for a in cs:
        for b in cs:
            for c in cs:
                if a < b < c:
                    chains += 1
print(chains, sorted(cs[::-1]), max(cs), min(cs))


class Deep:
    def __init__(self, kids):
        self.kids = kids

    def __eq__(self, o):
        return len(self.kids) == len(o.kids) and all(a == b for a, b in zip(self.kids, o.kids))


def tree(d):
    return Deep([tree(d - 1) for _ in range(2)]) if d else Deep([])


t1, t2 = tree(6), tree(6)
print(t1 == t2, t1 != t2, t1 == tree(5))


class NoEq:
    pass


n1, n2 = NoEq(), NoEq()
print(sum(n1 == n2 for _ in range(30)), sum(n1 == n1 for _ in range(30)))
try:
    for _ in range(30):
        n1 < n2
except TypeError as e:
    print(e)
