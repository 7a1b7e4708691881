# An and/or (or a not / conditional expression around one) used as a test -- of if, elif,
# while, assert, a conditional expression, a comprehension or generator-expression `if`, a case
# guard, also inside generators -- takes each operand's truth once, as CPython's compiler turns
# it into jumps. (As a value, `t and u` is t when t is false; testing that value again would
# call t.__bool__ a second time.)


class B:
    """Truth values from a script; every __bool__ call is counted."""

    def __init__(self, name, answers):
        self.name = name
        self.answers = list(answers)
        self.calls = 0

    def __bool__(self):
        self.calls += 1
        v = self.answers.pop(0) if self.answers else False
        print('  bool', self.name, self.calls, v)
        return v


def report(label, *objs):
    print(label, [o.calls for o in objs])


t, u = B('t', [False]), B('u', [True])
if t and u:
    print('then')
else:
    print('else')
report('if and', t, u)

t, u = B('t', [False]), B('u', [False])
if t or u:
    print('then')
report('if or', t, u)

t, u = B('t', [True]), B('u', [False])
if not (t and u):
    print('not and: then')
report('if not and', t, u)

t, u, w = B('t', [False]), B('u', [True]), B('w', [True])
if (t or u) and w:
    print('nested: then')
report('nested', t, u, w)

t = B('t', [True, True, False])
n = 0
while t and n < 5:
    n += 1
print('while ran', n)
report('while and', t)

t = B('t', [False, False, True])
n = 0
while not t or n > 9:
    n += 1
print('while not ran', n)
report('while not', t)

t, c = B('t', [False]), B('c', [True])
print('ifexp', 'yes' if t and c else 'no')
report('ifexp test', t, c)

t = B('t', [False])
print('ifexp in test', 'yes' if (t if True else None) else 'no')
report('ifexp nested', t)

t = B('t', [False])
x = t and 'never'
print('as a value', x is t)
report('value', t)
print('value tested later', bool(x))
report('value again', t)

ts = [B('c%d' % i, [i % 2 == 0]) for i in range(4)]
print('listcomp', [o.name for o in ts if o and True])
report('listcomp', *ts)

ts = [B('g%d' % i, [i != 1]) for i in range(3)]
print('genexp', list(o.name for o in ts if o or False))
report('genexp', *ts)

t = B('t', [False])
try:
    assert t and True, 'assert message'
except AssertionError as e:
    print('assert', e)
report('assert', t)

t = B('t', [False])
match 5:
    case 5 if t and True:
        print('guard matched')
    case _:
        print('guard failed')
report('guard', t)

t, u = B('t', [False]), B('u', [True])
if u and False:
    pass
elif t or u:
    print('elif taken')
report('elif', t, u)


def gen(t):
    n = 0
    while t and n < 5:
        n += 1
        yield n
    if not (t and True):
        yield 'not'


t = B('t', [True, True, False, False])
print('generator', list(gen(t)))
report('generator', t)


def gen_with_try(t):
    try:
        while t and True:
            yield 'loop'
    finally:
        print('  finally')


t = B('t', [True, False])
print('generator try', list(gen_with_try(t)))
report('generator try', t)


class Rich:
    """a < b returns a B (truth from the script) instead of a bool."""

    def __init__(self, answers):
        self.results = [B('lt%d' % i, [v]) for i, v in enumerate(answers)]
        self.used = 0

    def __lt__(self, other):
        r = self.results[self.used]
        self.used += 1
        return r


a = Rich([False])
if a < 'y' < 'z':
    print('chain: then')
else:
    print('chain: else')
report('chain in if', *a.results)

a = Rich([False, False])
print('chain ifexp', 't' if a < 'y' < 'z' else 'f')
print('chain comprehension', [1 for _ in range(1) if a < 'y' < 'z'])
report('chain ifexp/comprehension', *a.results)

a = Rich([False])
x = a < 'y' < 'z'
print('chain as a value', x is a.results[0])
report('chain value', *a.results)
