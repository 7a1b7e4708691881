def coroutine(fn):
    def start(*a, **k):
        c = fn(*a, **k)
        next(c)
        return c
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closed")
p = printer(">>")
gr = grep("py", p)
for line in ["python", "java", "pypy", "ruby"]:
    gr.send(line)
gr.close()
p.close()
@coroutine
def running_max():
    m = None
    while True:
        x = yield m
        m = x if m is None else max(m, x)
rm = running_max()
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2]])
