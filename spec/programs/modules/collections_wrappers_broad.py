import collections, copy
from collections import ChainMap, UserDict, UserList, UserString

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print([c.__module__ for c in (ChainMap, UserDict, UserList, UserString)], [c.__qualname__ for c in (ChainMap, UserDict, UserList, UserString)])

# ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm.get('c'), cm.get('z', 'none'), len(cm), list(cm), list(cm.items()), 'a' in cm, bool(cm), bool(ChainMap({}, {})))
show('cm_missing', lambda: cm['zz'])
cm['d'] = 4
del cm['b']
print(cm.maps, cm)
show('cm_del_missing', lambda: cm.__delitem__('a'))
show('cm_pop_missing', lambda: cm.pop('a'))
print(cm.pop('a', 'dflt'), cm.pop('c'))
child = cm.new_child()
child2 = cm.new_child({'x': 1}, y=2)
child3 = cm.new_child(z=3)
print(child, child2, child3, child2.parents, child2.parents.parents, ChainMap(), ChainMap().maps)
print(cm.copy(), copy.copy(cm), type(cm.copy()).__name__, cm.copy().maps[0] is cm.maps[0], cm.copy().maps[1] is cm.maps[1])
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
e = ChainMap({})
show('cm_popitem_empty', lambda: e.popitem())
e['k'] = 'v'
print(e.popitem(), e)
cm2 = ChainMap({'a': 1}, {'b': 2})
cm2 |= {'c': 3}
print(cm2, cm2 | {'d': 4}, {'z': 0} | cm2, type({'z': 0} | cm2).__name__)
show('cm_or_bad', lambda: cm2 | 5)
cm2.clear()
print(cm2)
class Missing(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'
print(Missing({'a': 1})['q'], Missing({'a': 1}).get('q', 'g'))
rec = ChainMap({})
rec.maps[0]['me'] = rec
print(rec)
print(isinstance(cm, collections.abc.MutableMapping), cm == {'d': 4}, dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
print(ChainMap({1: 'x'}, {2: 'y'}, {1: 'z', 3: 'w'}).keys(), list(ChainMap({1: 'x'}, {2: 'y'}, {1: 'z', 3: 'w'}).values()))

# UserDict
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
del ud['a']
print(ud, ud.data, len(ud), list(ud), 'b' in ud, ud.get('b'), ud.get('q', 0), ud.keys(), ud == {'b': 2, 'c': 3}, type(ud).__name__)
show('ud_missing', lambda: ud['zz'])
show('ud_del_missing', lambda: ud.__delitem__('zz'))
print(UserDict(), UserDict(dict={'x': 1}) if False else UserDict([('x', 1)]), UserDict(self=1, dict=2))
print(ud | {'z': 1}, {'z': 1} | ud, ud | UserDict(q=5), type({'z': 1} | ud).__name__)
show('ud_or_bad', lambda: ud | [1])
ud |= {'n': 9}
ud |= UserDict(m=8)
print(ud)
print(ud.copy(), type(ud.copy()).__name__, ud.copy().data is ud.data, copy.copy(ud), copy.copy(ud).data is ud.data)
print(UserDict.fromkeys('xy', 0), ud.pop('n'), ud.popitem(), ud.setdefault('s', 7), ud)
ud.update([('u', 1)], v=2)
print(ud, ud.items(), ud.values())
class DefUD(UserDict):
    def __missing__(self, key):
        return key.upper()
d = DefUD(a='x')
print(d['a'], d['q'], d.get('q'), 'q' in d)
class Attr(UserDict):
    def __init__(self, *a, **k):
        self.note = 'n'
        super().__init__(*a, **k)
at = Attr(k=1)
at2 = at.copy()
print(type(at2).__name__, at2, at2.note, at2.data is at.data)
at3 = copy.copy(at)
print(at3, at3.note, at3.data is at.data)
print(isinstance(ud, collections.abc.MutableMapping), ud == UserDict(ud.data), ud != {})

# UserList
ul = UserList([3, 1, 2])
ul.append(5)
ul.insert(0, 9)
ul.extend([7])
ul.extend(UserList([8]))
print(ul, ul.data, len(ul), ul[0], ul[-1], ul[1:3], type(ul[1:3]).__name__, 5 in ul, ul.count(1), ul.index(2), ul.index(7, 2))
print(ul.pop(), ul.pop(0), ul, ul.remove(5), ul)
show('ul_remove_missing', lambda: ul.remove(99))
show('ul_index_missing', lambda: ul.index(99))
show('ul_pop_empty', lambda: UserList().pop())
show('ul_append_noargs', lambda: ul.append())
ul.sort()
print(ul)
ul.sort(key=lambda v: -v, reverse=False)
print(ul)
ul.reverse()
print(ul, ul + [0], [0] + ul, ul + UserList([4]), ul + (6,), (6,) + ul if False else 'skip', ul * 2, 2 * ul, type(ul * 2).__name__)
ul2 = UserList(ul)
ul2 += [10]
ul2 += (11,)
ul2 *= 2
print(ul2, ul, ul2.copy(), type(ul2.copy()).__name__)
ul2[0] = 'first'
ul2[1:3] = ['s1']
del ul2[-1]
del ul2[::2]
print(ul2)
ul2.clear()
print(ul2, UserList(), UserList('abc'), UserList(range(3)), UserList((1, 2)))
a, b = UserList([1, 2]), UserList([1, 3])
print(a < b, a <= [1, 2], a == [1, 2], a != b, a > [0], a >= b, [1, 2] == a, a == UserList([1, 2]))
show('ul_lt_bad', lambda: a < 5)
show('ul_hash', lambda: hash(a))
print(copy.copy(a), copy.copy(a).data is a.data, copy.deepcopy(UserList([[1]])))
print(isinstance(a, collections.abc.MutableSequence), list(reversed(a)), sum(a), sorted(UserList([3, 1])))
print(UserList.append.__qualname__, UserList.sort.__qualname__)
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack()
s.push(1); s.push(2)
print(s, s[::-1], type(s[::-1]).__name__, s.pop(), s)

# UserString
us = UserString('Hello World')
print(us, repr(us), str(us), len(us), us[0], us[-5:], type(us[0]).__name__, 'World' in us, UserString('lo') in us)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), us.casefold(), type(us.upper()).__name__)
print(us.center(15, '*'), us.ljust(13, '-'), us.rjust(13), us.zfill(13), UserString('a\tb').expandtabs(4))
print(UserString('  x  ').strip(), UserString('xxyxx').strip('x'), UserString('  x ').lstrip(), UserString(' x  ').rstrip(), UserString('ab').lstrip(chars='a'))
print(us.count('o'), us.count(UserString('l')), us.count('o', 5), us.find('o'), us.find(UserString('W')), us.rfind('o'), us.index('W'), us.rindex('o'))
show('us_index_missing', lambda: us.index('zz'))
show('us_index_userstring', lambda: us.index(UserString('W')))
print(us.startswith('Hell'), us.endswith(('x', 'ld')), us.startswith('World', 6), us.split(), us.split('o', 1), us.rsplit('o', 1), UserString('a\nb\n').splitlines(), UserString('a\nb\n').splitlines(True))
print(us.partition(' '), us.rpartition('o'), us.replace('o', '0'), us.replace(UserString('l'), UserString('L'), 2), us.removeprefix('Hello '), us.removesuffix(UserString('World')))
print(UserString('-').join(['a', 'b']), UserString('{0}-{x}').format(1, x=2), UserString('{a}').format_map({'a': 5}), us.encode(), us.encode(None, None), us.encode('ascii', 'ignore'))
print([getattr(UserString(v), m)() for v in ('abc', '123', 'A b', ' ', 'Ab', 'x1') for m in ('isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'istitle', 'isupper', 'islower', 'isidentifier', 'isprintable', 'isascii')])
print(us.translate(str.maketrans('lo', 'LO')), UserString.maketrans('a', 'b'), us.maketrans({'a': 'b'}))
print(us + '!', us + UserString('?'), us + 5, '>' + us, 5 + us if False else 'skip', us * 2, 2 * us, UserString('%s-%d') % ('a', 3), '%s|' % us, UserString('v') % ())
print(us == 'Hello World', us == UserString('Hello World'), 'Hello World' == us, us < 'Z', us > UserString('A'), us <= 'Hello World', us >= 'z', hash(us) == hash('Hello World'))
show('us_lt_bad', lambda: us < 5)
show('us_eq_int', lambda: us == 5)
show('us_radd_bad', lambda: [1] + us)
print(int(UserString('42')), float(UserString('1.5')), complex(UserString('1+2j')), UserString(42), UserString(UserString('x')), UserString([1]))
show('us_int_bad', lambda: int(UserString('x')))
print(copy.copy(us), copy.deepcopy(us), us.__getnewargs__(), sorted([UserString('b'), UserString('a')]), {UserString('k'): 1}[UserString('k')] if True else 0)
print(isinstance(us, collections.abc.Sequence), list(UserString('abc')), list(reversed(UserString('abc'))), UserString('abc').index('c'))
print(UserString.upper.__qualname__, UserString.__eq__.__qualname__, UserString.__hash__ is not None)
class Tag(UserString):
    def wrap(self): return self.__class__('<' + self.data + '>')
t = Tag('b')
print(t.wrap(), type(t.wrap()).__name__, type(t.upper()).__name__, type(t + 'x').__name__, type(t[0]).__name__, t.split())
