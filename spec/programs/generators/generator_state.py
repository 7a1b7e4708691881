# gi_running, gi_frame and the lifecycle of a generator object.
def gen():
    yield 1
    yield 2


g = gen()
print(g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_frame.f_locals)
list(g)
print(g.gi_frame)


def self_aware():
    yield this.gi_running


this = self_aware()
print(next(this))


def reentrant():
    yield next(r)


r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
print(gen.__code__.co_name, g.gi_code.co_name)
