# Loops whose calls stay generic CALLs (spec/jit-generic-calls.test.ts): each case's loop must be
# compiled once, not thrown away at a call the interpreter had already run.
import sys


def gen(n):
    for i in range(n):
        yield i


class Adder:
    def __call__(self, a, b=0):
        return a + b


def run(case):
    total = 0
    add = Adder()
    data = [(1, 2, 3)] * 3000
    it = iter(range(10 ** 6))
    for v in data:
        if case == 'genexpr':
            total += sum(x for x in v)
        elif case == 'generator with keywords':
            total += sum(gen(n=3))
        elif case == 'callable instance':
            total = add(total, b=v[0])
        elif case == 'next with default':
            total += next(it, 0)
    return total


CASES = ['genexpr', 'generator with keywords', 'callable instance', 'next with default']
if sys.argv[1] == '--list':
    print('\n'.join(CASES))
else:
    print(run(sys.argv[1]))
