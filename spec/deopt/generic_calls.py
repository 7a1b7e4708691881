# Compiled code that must not be compiled twice (spec/jit-generic-calls.test.ts): loops whose calls
# stay generic CALLs the interpreter had already run, and a function body whose attribute store
# and method call are reached only in one rare round after it was compiled, and a function body
# whose calls of an exception class and of int the interpreter ran without specialising them, and
# a loop whose global load in a branch is first reached a few times after it was compiled.
import sys


def gen(n):
    for i in range(n):
        yield i


class Adder:
    def __call__(self, a, b=0):
        return a + b


class Counter:
    def __init__(self):
        self.n = 0

    def note(self):
        return self.n


def step(o, i):
    o.n += 1
    if i == 500:
        o.last = i
        o.note()
    return o.n


class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def risky(i):
    if i % 5 == 0:
        raise AppError(i)
    return int(str(i)) - i


def rare(t):
    return t % 3


def run(case):
    total = 0
    add = Adder()
    data = [(1, 2, 3)] * 3000
    it = iter(range(10 ** 6))
    counter = Counter()
    for v in data:
        if case == 'genexpr':
            total += sum(x for x in v)
        elif case == 'generator with keywords':
            total += sum(gen(n=3))
        elif case == 'callable instance':
            total = add(total, b=v[0])
        elif case == 'next with default':
            total += next(it, 0)
        elif case == 'rare branch in a body':
            total = step(counter, total)
        elif case == 'rare global load':
            total += 1
            if total % 1000 == 999:
                total += rare(total)
        elif case == 'exception class calls':
            total += 1
            try:
                total += risky(total)
            except AppError as e:
                total += e.code % 2
    return total


CASES = ['genexpr', 'generator with keywords', 'callable instance', 'next with default', 'rare branch in a body',
         'exception class calls', 'rare global load']
if sys.argv[1] == '--list':
    print('\n'.join(CASES))
else:
    print(run(sys.argv[1]))
