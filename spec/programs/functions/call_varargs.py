# *args collects extra positional arguments into a tuple.
def f(first, *rest):
    return first, rest, type(rest).__name__


print(f(1))
print(f(1, 2, 3))
print(f(*'abc'))
print(f(*range(3), *[10, 20]))


def total(*nums):
    return sum(nums)


print(total(), total(1, 2, 3), total(*range(101)))


def g(*args, sep='-'):
    return sep.join(map(str, args))


print(g(1, 2, 3), g(1, 2, sep='+'))
