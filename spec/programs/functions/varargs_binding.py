# Functions with positional parameters and *args called from hot loops: methods (self first),
# parameters captured by closures, empty rest tuples, defaults, too few arguments, recursion.


def star(*a):
    return len(a)


def head(x, y, *rest):
    return x - y + len(rest)


def defaulted(x, y=5, *rest):
    return (x, y, rest)


def capture(first, *rest):
    def inner():
        return first, rest
    return inner()


class C:
    def m(self, *args):
        return len(args) + self.k

    def n(*args):
        return len(args)

    k = 100


def rec(n, *acc):
    return acc if n == 0 else rec(n - 1, n, *acc)


def run(n):
    c = C()
    t = 0
    for i in range(n):
        t += star() + star(i) + star(i, i, i)
        t += head(i, 1) + head(i, 1, 2, 3)
        t += c.m() + c.m(1, 2) + c.n() + C.n(1, 2)
        t += defaulted(i)[1] + len(defaulted(i, 1, 2)[2])
        t += len(capture(i, 7)[1])
    return t


print(run(2000))
print(star() == (), defaulted(1), defaulted(1, 2, 3, 4), capture("a"), capture("a", "b"))
print(rec(5), len(rec(300)))
for bad in [lambda: head(), lambda: head(1), lambda: C.m(), lambda: star(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
