# yield as an expression in different positions.
def forms():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    d = yield
    print('received', a, b, c, d)
    yield a, b, c, d


g = forms()
print(next(g))
print(g.send('A'))
print(g.send(5))
print(g.send('C1'))
print(g.send('C2'))
print(g.send('D'))


def bare_yields():
    x = yield
    y = yield
    return x, y


b = bare_yields()
print(next(b), b.send(1))
try:
    b.send(2)
except StopIteration as e:
    print(e.value)
