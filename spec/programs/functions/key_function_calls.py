# Key functions called by sorted()/list.sort(): what they see of the stack (f_back,
# sys._getframe, tracebacks), their errors, recursion through them, methods and lambdas with
# defaults as keys, and a key that changes the list being sorted.
import sys

seen = []


def peek(x):
    seen.append((sys._getframe(1).f_code.co_name, sys._getframe().f_back.f_code.co_name))
    return -x


def user():
    return sorted([2, 1, 3], key=peek)


print(user(), seen)
seen.clear()


def user_sort():
    l = [5, 4]
    l.sort(key=peek)
    return l


print(user_sort(), seen)


def bad(x):
    if x == 2:
        raise ValueError('two')
    return x


def call_bad():
    return sorted([1, 2, 3], key=bad)


try:
    call_bad()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_back.f_code.co_name if tb.tb_frame.f_back else None)
        tb = tb.tb_next


class C:
    def __init__(self, k):
        self.k = k

    def m(self, x):
        return (x - self.k) ** 2


print(sorted(range(6), key=C(2).m), sorted(range(6), key=lambda x, y=3: (x - y) ** 2))


def kw_only(x, *, y=-1):
    return x * y


def star(*a):
    return -a[0]


print(sorted([3, 1, 2], key=kw_only), sorted([3, 1, 2], key=star))


def depth(n):
    return sorted([n, n + 1], key=lambda x: depth(n + 1))


try:
    depth(0)
except RecursionError as e:
    print('RecursionError', e)

l = [3, 1, 2]


def grow(x):
    l.append(x)
    return x


try:
    l.sort(key=grow)
except ValueError as e:
    print(e)
print(l)


def inner_sort(x):
    return sorted([x, x + 1, x - 1], key=lambda y: -y)[0]


print(sorted([5, 3, 9], key=inner_sort))


def gen_key(x):
    yield x


print(len(sorted([1], key=gen_key)))


def stop(x):
    if x > 1:
        raise StopIteration
    return x


try:
    sorted([1, 2], key=stop)
except StopIteration:
    print('StopIteration passes through')
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([(1, 'b'), (0, 'z')], key=lambda t: t[1]))
records = [{'n': i % 3, 'i': i} for i in range(7)]
print([r['i'] for r in sorted(records, key=lambda r: r['n'], reverse=True)])
sorted([2, 1, 3], key=bad)
