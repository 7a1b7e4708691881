# `with` blocks and bound-method calls in hot loops (session 24: a generic call of a bound
# method or of a function with *args/**kwargs is a direct call from compiled code): __exit__
# with *args, with (t, v, tb), suppressing or not, raising from __exit__, bound methods kept
# in variables, and methods rebound mid-loop.


class Counting:
    def __init__(self):
        self.enters = self.exits = 0
        self.seen = []

    def __enter__(self):
        self.enters += 1
        return self

    def __exit__(self, *exc):
        self.exits += 1
        if exc[0] is not None:
            self.seen.append(exc[0].__name__)
        return exc[0] is KeyError


class Strict:
    def __enter__(self):
        return 'strict'

    def __exit__(self, t, v, tb):
        if t is ZeroDivisionError:
            raise ValueError('converted') from v
        return False


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, *vals, scale=1):
        self.total += sum(vals) * scale
        return self.total


def run(n):
    c = Counting()
    s = Strict()
    acc = Acc()
    add = acc.add
    errors = []
    for i in range(n):
        with c as got:
            if i % 7 == 0:
                {}[i]
        try:
            with c:
                if i % 11 == 0:
                    [][i]
        except IndexError:
            errors.append('index')
        try:
            with s as name:
                1 // (i % 5)
        except ValueError as e:
            errors.append((str(e), type(e.__cause__).__name__, name))
        add(i, 1)
        add(i, scale=2)
        if i == n // 2:
            acc.add = lambda *v, scale=1: -1
            add = acc.add
    return c.enters, c.exits, c.seen[-3:], len(c.seen), errors[-3:], len(errors), acc.total, got is c


print(run(300))
