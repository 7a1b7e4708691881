# del of the last reference to an object with __del__ in hot functions (compiled code on the
# VM): a local, a list item and a dict item are finalized at once on both backends.
class R:
    n = 0

    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        R.n += 1
        if R.n % 100 == 0:
            print("finalized", R.n, self.tag)


def f(i):
    r = R(i)
    del r
    return R.n


def g(i):
    l = [R(("l", i)), 5]
    del l[0]
    d = {"a": R(("d", i))}
    del d["a"]
    return len(l) + len(d)


before = [f(i) for i in range(300)]
print(before[:3], before[-1])
print(sum(g(i) for i in range(200)), R.n)
keep = R("kept")
alias = keep
del keep
print(R.n, alias.tag)
