# copy.deepcopy's fast paths for builtin containers of atomic values keep the memo's
# behaviour: shared and cyclic structure, a caller's memo (looked up first, even for atomic
# values), the keep-alive list, __deepcopy__ receiving the memo, tuples kept when unchanged,
# and the order in which keys and values are copied.
import copy

shared = [1, 2]
data = {'a': shared, 'b': (shared, 'x'), 'c': (1, 2.5, None, 'y'), 's': {3, 'z'}, 'n': [[shared]]}
data['self'] = data
c = copy.deepcopy(data)
print(c['a'] is c['b'][0] is c['n'][0][0], c['a'] is not shared, c['self'] is c, c['c'] is data['c'])
print(sorted(c['s'], key=str), c['b'][1], c['a'] == shared)

loop = []
loop.append((loop, 1))
lc = copy.deepcopy(loop)
print(lc[0][0] is lc, lc[0][1], type(lc[0]).__name__)

memo = {}
x = [5, 'five', [6]]
y = copy.deepcopy(x, memo)
print(y, y[2] is not x[2], memo[id(x)] is y, memo[id(x[2])] is y[2])
print(len(memo), [v is x or v is x[2] for v in memo[id(memo)]])

five = 'a str that the memo maps'
memo = {id(five): 'replaced'}
print(copy.deepcopy([five, (five,), {five: five}], memo))
print(copy.deepcopy(five, {id(five): 'top-level replaced'}))

class Tracker:
    def __init__(self, tag):
        self.tag = tag
    def __deepcopy__(self, memo):
        print('deepcopy', self.tag, type(memo).__name__, id(self) in memo)
        return Tracker(self.tag + '*')
    def __repr__(self):
        return 'T(%s)' % self.tag
t = Tracker('t')
print(copy.deepcopy([t, {'k': t}, (t,)]))

order = []
class Key:
    def __init__(self, name):
        self.name = name
    def __deepcopy__(self, memo):
        order.append(self.name)
        return Key(self.name)
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return self.name == other.name
copy.deepcopy({Key('k1'): Key('v1'), Key('k2'): Key('v2')})
print(order)

class L(list):
    pass
class P:
    def __init__(self):
        self.items = [1, [2]]
p = P()
q = copy.deepcopy([L([p, p]), p])
print(type(q[0]).__name__, q[0][0] is q[0][1] is q[1], q[1].items, q[1].items is not p.items)
print(copy.deepcopy((1, 'a', (2, ()))) == (1, 'a', (2, ())), copy.deepcopy(len) is len, copy.deepcopy(int) is int)
print(copy.copy([1, [2]]), copy.copy({1: 2}), copy.copy({1}), copy.copy(bytearray(b'ab')), copy.copy((1,)))
print(copy.copy(int) is int, copy.copy(3.5), copy.copy(L([1])), type(copy.copy(L([1]))).__name__)
