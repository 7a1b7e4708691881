# Resuming a generator (next, send, a for loop, yield from) one frame past the recursion
# limit: its frame fails as it starts, which finishes the generator. The RecursionError goes
# to the resumer, and afterwards the generator is exhausted (no frame, not running), whether
# it had not started yet or was suspended at a yield.


def gen():
    yield 1
    yield 2


def via_next(g):
    return next(g)


def via_send(g):
    return g.send(None)


def via_for(g):
    for x in g:
        return x


def via_yield_from(g):
    def outer():
        yield from g
    return next(outer())


def at_depth(n, resume, g):
    if n:
        return at_depth(n - 1, resume, g)
    return resume(g)


for resume in [via_next, via_send, via_for, via_yield_from]:
    for started in [False, True]:
        for n in range(3000):
            g = gen()
            if started:
                next(g)
            try:
                at_depth(n, resume, g)
            except RecursionError as e:
                print(resume.__name__, "started" if started else "new", "RecursionError:", e)
                break
        print("  running:", g.gi_running, "frame:", g.gi_frame, "suspended:", g.gi_suspended)
        try:
            print("  next:", next(g))
        except StopIteration:
            print("  next: StopIteration")
        except ValueError as e:
            print("  next: ValueError", e)


# A generator recursing through plain for loops past the limit unwinds cleanly: nothing is
# left running for the finalizer to complain about.
def nested(n):
    if n:
        for x in nested(n - 1):
            yield x
    else:
        yield "bottom"


try:
    print(list(nested(5000)))
except RecursionError as e:
    print("nested: RecursionError:", e)
print("end")
