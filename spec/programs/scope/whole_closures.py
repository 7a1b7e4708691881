def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def dec():
        nonlocal count
        count -= step
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    return inc, dec, reset
inc, dec, reset = make_counter(10, 5)
print(inc(), inc(), dec(), reset(), inc())
inc2, _, _ = make_counter()
print(inc2(), inc(), inc2.__closure__ is not inc.__closure__)
print([c.cell_contents for c in inc.__closure__], inc.__code__.co_freevars)

def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    add.items = items
    return add
acc = accumulate()
acc(1); acc(2)
print(acc.items, acc(3))

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = middle()
    f(); f()
    return x, f
print(outer()[0])

handlers = {}
for name in ["a", "b", "c"]:
    handlers[name] = lambda: name
print({k: v() for k, v in handlers.items()})
handlers = {}
for name in ["a", "b", "c"]:
    handlers[name] = (lambda n: lambda: n)(name)
print({k: v() for k, v in handlers.items()})
fns = []
i = 0
while i < 3:
    fns.append(lambda i=i: i * 10)
    i += 1
print([f() for f in fns])

def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    composed.__name__ = "compose(" + ", ".join(f.__name__ for f in fs) + ")"
    return composed
def double(x): return x * 2
def succ(x): return x + 1
c = compose(double, succ)
print(c(5), c.__name__, compose()(7))

def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))

def once(f):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = f(*a)
            done = True
        return result
    return wrapper
@once
def init(x):
    print("  init runs with", x)
    return x * 2
print(init(4), init(5))

x = "global"
def shadow_test():
    x = "enclosing"
    def g():
        return x
    x = "rebound"
    return g()
print(shadow_test())
def late_binding():
    def g():
        return y
    y = 5
    return g
print(late_binding()())

def gen_closure():
    total = 0
    def gen():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return gen, lambda: total
g, get = gen_closure()
it = g()
print(next(it), get(), list(it), get())

class Counter:
    count = 0
    def make(self):
        def bump():
            self.count += 1
            return self.count
        return bump
cobj = Counter()
b = cobj.make()
b(); b()
print(cobj.count, Counter.count)

def nonlocal_err():
    try:
        exec("def f():\n    nonlocal zz\n")
    except SyntaxError as e:
        return e.msg
print(nonlocal_err())
try:
    compile("x = 1\nglobal x", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    compile("def f(a):\n    global a", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("def f():\n    x = 1\n    nonlocal x", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
def cell_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
cell_unbound()
def deleted_free():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleted_free()
