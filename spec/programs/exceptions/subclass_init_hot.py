# Exception classes with a Python __init__ instantiated in hot loops (the VM allocates them and
# enters __init__ directly, with BaseException.__new__'s args): args seen before and without
# super().__init__, defaults, keywords, a later __new__ override, OSError subclasses, *args.
class CodeError(Exception):
    def __init__(self, code, detail="none"):
        self.seen = self.args
        self.code = code
        self.detail = detail


class Chained(CodeError):
    def __init__(self, code):
        super().__init__(code, "chained")
        self.extra = len(self.args)


class Starry(ValueError):
    def __init__(self, *parts):
        super().__init__("-".join(map(str, parts)))


class Disk(OSError):
    def __init__(self, n):
        super().__init__(n, "disk error")


class Bad(Exception):
    def __init__(self, x):
        return x


def run(n):
    total = 0
    args_seen = []
    for i in range(n):
        try:
            if i % 3 == 0:
                raise CodeError(i)
            elif i % 3 == 1:
                raise Chained(i)
            else:
                raise CodeError(i, detail=str(i))
        except CodeError as e:
            total += e.code + len(e.detail) + len(e.seen)
            if i > n - 4:
                args_seen.append((type(e).__name__, e.args, e.seen, e.detail, getattr(e, "extra", None)))
    return total, args_seen


print(run(3000))
print([str(Starry(i, i + 1)) for i in range(2000)][-2:])
print([(d.errno, d.strerror, d.args) for d in [Disk(i) for i in range(1500)]][-1])
for i in range(1200):
    e = CodeError(i, "x")
print(e.args, e.seen, repr(e), str(e))
CodeError.__new__ = lambda cls, *a: Exception.__new__(cls, "replaced")
print([CodeError(i).args for i in range(1000)][-1])
del CodeError.__new__
print([CodeError(i).args for i in range(1000)][-1])
try:
    for i in range(1000):
        Bad(i)
except TypeError as t:
    print("TypeError", t, i)
