# A generator used as a coroutine-style state machine with send().
def parser():
    tokens = []
    current = ''
    while True:
        ch = yield
        if ch is None:
            break
        if ch == ' ':
            if current:
                tokens.append(current)
            current = ''
        else:
            current += ch
    if current:
        tokens.append(current)
    return tokens


p = parser()
next(p)
for ch in 'send  some words':
    p.send(ch)
try:
    p.send(None)
except StopIteration as e:
    print(e.value)


def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v


m = running_max()
next(m)
print([m.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
