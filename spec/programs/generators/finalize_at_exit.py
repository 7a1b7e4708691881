# A generator still suspended when the program ends is closed during shutdown, as CPython's
# teardown of __main__ does: its finally blocks, `with` exits and GeneratorExit handlers run,
# in the order of the globals, then the generators held by a list display (last item first).
# Finished, unstarted and exhausted generators, and generators suspended outside any try,
# finalize silently.


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('open', self.name)
        return self

    def __exit__(self, kind, value, tb):
        print('close', self.name, kind.__name__ if kind else None)
        return False


def with_finally(name):
    try:
        yield name + ':1'
        yield name + ':2'
    finally:
        print('finally', name)


def with_resource(name):
    with Resource(name):
        yield name


def catches_exit(name):
    try:
        yield name
    except GeneratorExit:
        print('GeneratorExit in', name)
        raise


def silent():
    yield 1
    print('never printed')


a = with_finally('a')
print(next(a))
b = with_resource('b')
print(next(b))
c = catches_exit('c')
next(c)
quiet = silent()
next(quiet)
unstarted = with_finally('unstarted')
done = with_finally('done')
print(list(done))
group = [with_finally('g0'), with_finally('g1')]
for g in group:
    next(g)
del g
last = with_finally('last')
next(last)
print('end of program')
