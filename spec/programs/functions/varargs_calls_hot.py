# Calls of functions with *args / **kwargs / keyword-only parameters from hot loops (compiled
# code calls them directly since session 24): binding, defaults, bound methods, the TypeErrors
# of calls that do not bind (raised at the call, caught by the caller), and recursion.


def star(*args):
    return len(args), args[-1] if args else None


def both(a, *args, k=10, **kw):
    return a + len(args) + k + len(kw)


def kwonly(a, *, b, c=3):
    return a * b + c


def posonly(a, b=2, /, *rest, **kw):
    return (a, b, rest, sorted(kw))


class C:
    def m(self, *args, **kw):
        return len(args) * 100 + len(kw)

    @classmethod
    def cm(cls, *args):
        return cls.__name__, len(args)


def deep(n, *pad, **opts):
    if n == 0:
        return len(pad) + len(opts)
    return deep(n - 1, *pad, n, **opts) + 1


def run(n):
    total = 0
    errors = set()
    c = C()
    for i in range(n):
        total += star(i, i)[0] + star()[0]
        total += both(i) + both(i, 1, 2, k=1) + both(i, x=1, y=2)
        total += kwonly(i, b=2) + kwonly(1, c=i, b=1)
        p = posonly(i, x=1)
        total += p[0] + p[1] + len(p[3])
        total += c.m(1, 2, z=3) + c.m()
        total += C.cm(i, i)[1]
        try:
            kwonly(i)
        except TypeError as e:
            errors.add(str(e))
        try:
            both(i, a=1)
        except TypeError as e:
            errors.add(str(e))
        try:
            both()
        except TypeError as e:
            errors.add(str(e))
        try:
            kwonly(1, 2, b=3)
        except TypeError as e:
            errors.add(str(e))
        try:
            posonly(a=1)
        except TypeError as e:
            errors.add(str(e))
    return total, sorted(errors)


print(run(300))
print(deep(300, 1, 2, q=1))
print(posonly(1, 2, 3, 4, z=5), star(*range(5)), both(*[1, 2, 3], **{'k': 4, 'w': 5}))


def hot_then_bad(n):
    for i in range(n):
        both(i, i, k=i)
    both(1, k=2, k2=3, **{'k': 4})


hot_then_bad(300)
