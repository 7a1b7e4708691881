# Functions are values: passed, returned, stored and composed.
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))


def apply_n(fn, n):
    return lambda x: x if n == 0 else apply_n(fn, n - 1)(fn(x))


print(apply_n(dbl, 10)(1))
table = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([table[op](7, 3) for op in '+-*'])


def curry(fn):
    def take(*args):
        if len(args) >= fn.__code__.co_argcount:
            return fn(*args)
        return lambda *more: take(*args, *more)
    return take


add3 = curry(lambda a, b, c: a + b + c)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
print(list(map(str.upper, ['a', 'b'])), sorted([3, 1, 2], key=lambda v: -v))
