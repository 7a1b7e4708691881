# Closures as small objects: accumulator, memo, toggles.
def accumulator(total=0):
    def add(v):
        nonlocal total
        total += v
        return total
    return add


acc = accumulator(10)
print([acc(v) for v in (1, 2, 3)])


def toggler():
    state = False

    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle


t = toggler()
print([t() for _ in range(5)])


def once(fn):
    done = False
    result = None

    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper


calls = []
o = once(lambda: calls.append('ran') or 'value')
print(o(), o(), calls)
