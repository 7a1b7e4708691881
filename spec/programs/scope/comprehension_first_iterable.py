# The first iterable is evaluated in the enclosing scope, immediately.
def trace(label, values):
    print('evaluating', label)
    return values


result = [(a, b) for a in trace('outer', [1, 2]) for b in trace('inner', 'xy')]
print(result)

gen = (a for a in trace('genexp first', [1]) if trace('genexp cond', True))
print('genexp created')
print(list(gen))


def broken():
    return (x for x in 5)


try:
    broken()
except TypeError as e:
    print('at creation:', type(e).__name__, e)


def lazy():
    return ((x, y) for x in [1] for y in 5)


g = lazy()
print('inner not yet evaluated')
try:
    list(g)
except TypeError as e:
    print('at iteration:', type(e).__name__, e)
