# Starred expressions in literals, calls, returns and for targets.
def pair():
    return 1, 2


def spread():
    return *pair(), *'ab'


print(spread(), [*pair(), 3], {*pair(), 2}, {'z': 0, **dict(a=1)})
print(*[1, 2], sep='+')
first, *_ = spread()
print(first)
for a, *b in ['xyz', 'pq']:
    print(a, b)
print(max(*range(5), 3), [*range(2)] * 2, (*'ab', *'cd'))
try:
    exec('*a = [1, 2]')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec('a, *b, *c = range(5)')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
[*a] = range(3)
print(a)
