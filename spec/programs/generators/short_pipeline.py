def read(lines):
    for ln in lines:
        yield ln.strip()
def nonblank(it):
    for x in it:
        if x:
            yield x
def batch(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
src = [" a ", "", "b", "c ", "  ", "d", "e"]
for b in batch(nonblank(read(src)), 2):
    print(b)
def sub():
    got = yield "first"
    print("sub got", got)
    return got * 2
def outer():
    r = yield from sub()
    print("sub returned", r)
    yield r
g = outer()
print(next(g))
print(g.send(21))
print(next(g, "exhausted"))
