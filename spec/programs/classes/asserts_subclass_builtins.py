class MyList(list):
    def __getitem__(self, i): return 'item'
    def __len__(self): return 99
class MyDict(dict):
    def __missing__(self, k): return k * 2
    def __getitem__(self, k): return super().__getitem__(k)
class DD(dict):
    def __missing__(self, k):
        self[k] = []
        return self[k]
class MyStr(str):
    def upper(self): return 'overridden'
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 100)
class MyInt2(int): pass
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
class MySet(set): pass
class MyFloat(float):
    def __repr__(self): return 'MF'
class KeyList(list):
    def append(self, x): super().append(x * 2)
class IterDict(dict):
    def __iter__(self): return iter(['fake'])
    def keys(self): return ['k']
class Dflt(dict):
    def get(self, k, d=None): return 'custom'
class StrSub(str): pass
class BytesSub(bytes): pass
class ListInit(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
class EqList(list):
    def __eq__(self, o): return True
    __hash__ = None

# ---- generated checks (expected values from CPython 3.11)

_n = _fails = 0

def _fail(line, got):
    global _fails
    _fails += 1
    print('FAIL', line, '->', got)

def check(line, fn, expected):
    global _n
    _n += 1
    try:
        got = fn()
    except Exception as e:
        _fail(line, 'raised %s: %s' % (type(e).__name__, e))
        return
    if repr(got) != expected:
        _fail(line, repr(got) + ' != ' + expected)

def assert_raises(line, fn, exc, msg):
    global _n
    _n += 1
    try:
        got = fn()
    except BaseException as e:
        if type(e).__name__ != exc or str(e) != msg:
            _fail(line, 'raised %s: %s (expected %s: %s)' % (type(e).__name__, e, exc, msg))
        return
    _fail(line, 'no exception, got %r (expected %s: %s)' % (got, exc, msg))

check('MyList([1, 2])[0]', lambda: (MyList([1, 2])[0]), "'item'")
check('len(MyList([1, 2]))', lambda: (len(MyList([1, 2]))), '99')
check('list(MyList([1, 2]))', lambda: (list(MyList([1, 2]))), '[1, 2]')
check('MyList([1, 2]) + [3]', lambda: (MyList([1, 2]) + [3]), '[1, 2, 3]')
check('type(MyList([1, 2]) + [3]).__name__', lambda: (type(MyList([1, 2]) + [3]).__name__), "'list'")
check('type(MyList([1])[:]).__name__', lambda: (type(MyList([1])[:]).__name__), "'str'")
check('type(MyList([1]).copy()).__name__', lambda: (type(MyList([1]).copy()).__name__), "'list'")
check("MyDict(a=1)['a']", lambda: (MyDict(a=1)['a']), '1')
check("MyDict(a=1)['zz']", lambda: (MyDict(a=1)['zz']), "'zzzz'")
check("MyDict(a=1).get('zz')", lambda: (MyDict(a=1).get('zz')), 'None')
check("'zz' in MyDict()", lambda: ('zz' in MyDict()), 'False')
dd = DD(); dd['x'].append(1)
check('dd', lambda: (dd), "{'x': [1]}")
check("MyStr('abc').upper()", lambda: (MyStr('abc').upper()), "'overridden'")
check("MyStr('abc').lower()", lambda: (MyStr('abc').lower()), "'abc'")
check("type(MyStr('abc').lower()).__name__", lambda: (type(MyStr('abc').lower()).__name__), "'str'")
check("type(MyStr('abc') + 'x').__name__", lambda: (type(MyStr('abc') + 'x').__name__), "'str'")
check("type(MyStr('abc')[0]).__name__", lambda: (type(MyStr('abc')[0]).__name__), "'str'")
check("str(MyStr('abc'))", lambda: (str(MyStr('abc'))), "'abc'")
check("type(str(MyStr('abc'))).__name__", lambda: (type(str(MyStr('abc'))).__name__), "'str'")
check('MyInt(1) + 1', lambda: (MyInt(1) + 1), '102')
check('type(MyInt(1) + 1).__name__', lambda: (type(MyInt(1) + 1).__name__), "'MyInt'")
check('1 + MyInt(1)', lambda: (1 + MyInt(1)), '2')
check('type(1 + MyInt(1)).__name__', lambda: (type(1 + MyInt(1)).__name__), "'int'")
check('MyInt2(5) * 2', lambda: (MyInt2(5) * 2), '10')
check('type(MyInt2(5) * 2).__name__', lambda: (type(MyInt2(5) * 2).__name__), "'int'")
check('type(-MyInt2(5)).__name__', lambda: (type(-MyInt2(5)).__name__), "'int'")
check('type(+MyInt2(5)).__name__', lambda: (type(+MyInt2(5)).__name__), "'int'")
check('type(abs(MyInt2(-5))).__name__', lambda: (type(abs(MyInt2(-5))).__name__), "'int'")
check('MyInt2(5) == 5', lambda: (MyInt2(5) == 5), 'True')
check('hash(MyInt2(5)) == hash(5)', lambda: (hash(MyInt2(5)) == hash(5)), 'True')
check('repr(MyInt2(5))', lambda: (repr(MyInt2(5))), "'5'")
check('str(MyInt2(5))', lambda: (str(MyInt2(5))), "'5'")
check("f'{MyInt2(5)}'", lambda: (f'{MyInt2(5)}'), "'5'")
check('MyTuple(1, 2)', lambda: (MyTuple(1, 2)), '(1, 2)')
check('type(MyTuple(1, 2)).__name__', lambda: (type(MyTuple(1, 2)).__name__), "'MyTuple'")
check('MyTuple(1, 2) == (1, 2)', lambda: (MyTuple(1, 2) == (1, 2)), 'True')
check('type(MySet([1]) | {2}).__name__', lambda: (type(MySet([1]) | {2}).__name__), "'set'")
check('type(MySet([1]).copy()).__name__', lambda: (type(MySet([1]).copy()).__name__), "'set'")
check('repr(MySet([1]))', lambda: (repr(MySet([1]))), "'MySet({1})'")
check('repr(MyFloat(1.5))', lambda: (repr(MyFloat(1.5))), "'MF'")
check('str(MyFloat(1.5))', lambda: (str(MyFloat(1.5))), "'MF'")
check("f'{MyFloat(1.5)}'", lambda: (f'{MyFloat(1.5)}'), "'MF'")
check("'%s' % MyFloat(1.5)", lambda: ('%s' % MyFloat(1.5)), "'MF'")
check("'%r' % MyFloat(1.5)", lambda: ('%r' % MyFloat(1.5)), "'MF'")
check('MyFloat(1.5) + 1', lambda: (MyFloat(1.5) + 1), '2.5')
kl = KeyList(); kl.append(2); kl.extend([3]); kl += [4]
check('kl', lambda: (kl), '[4, 3, 4]')
check('list(IterDict(a=1))', lambda: (list(IterDict(a=1))), "['fake']")
assert_raises('dict(IterDict(a=1))', lambda: (dict(IterDict(a=1))), 'KeyError', "'k'")
assert_raises('{**IterDict(a=1)}', lambda: ({**IterDict(a=1)}), 'KeyError', "'k'")
assert_raises('dict.update({}, IterDict(a=1))', lambda: (dict.update({}, IterDict(a=1))), 'KeyError', "'k'")
check("Dflt(a=1).get('a')", lambda: (Dflt(a=1).get('a')), "'custom'")
check("dict.get(Dflt(a=1), 'a')", lambda: (dict.get(Dflt(a=1), 'a')), '1')
check("isinstance(StrSub('x'), str)", lambda: (isinstance(StrSub('x'), str)), 'True')
check("StrSub('x') == 'x'", lambda: (StrSub('x') == 'x'), 'True')
check("{StrSub('x'): 1}['x']", lambda: ({StrSub('x'): 1}['x']), '1')
check("'abc'.startswith(StrSub('a'))", lambda: ('abc'.startswith(StrSub('a'))), 'True')
check("BytesSub(b'ab')", lambda: (BytesSub(b'ab')), "b'ab'")
check("type(BytesSub(b'ab')[0:1]).__name__", lambda: (type(BytesSub(b'ab')[0:1]).__name__), "'bytes'")
check('ListInit([1]).extra', lambda: (ListInit([1]).extra), '1')
check('ListInit([1, 2])', lambda: (ListInit([1, 2])), '[1, 2]')
check('EqList([1]) == [2]', lambda: (EqList([1]) == [2]), 'True')
check('[2] == EqList([1])', lambda: ([2] == EqList([1])), 'True')
check('EqList([1]) != [2]', lambda: (EqList([1]) != [2]), 'True')
assert_raises('hash(EqList())', lambda: (hash(EqList())), 'TypeError', "unhashable type: 'EqList'")
check('MyList.__mro__', lambda: (MyList.__mro__), "(<class '__main__.MyList'>, <class 'list'>, <class 'object'>)")
check('issubclass(MyDict, dict)', lambda: (issubclass(MyDict, dict)), 'True')
check("type(MyDict(a=1) | {'b': 2}).__name__", lambda: (type(MyDict(a=1) | {'b': 2}).__name__), "'dict'")
check("MyDict.fromkeys('ab').__class__.__name__", lambda: (MyDict.fromkeys('ab').__class__.__name__), "'MyDict'")
check('int.__new__(MyInt2, 7)', lambda: (int.__new__(MyInt2, 7)), '7')
check("int.__new__(MyInt2, '7')", lambda: (int.__new__(MyInt2, '7')), '7')
check("float.__new__(MyFloat, '2')", lambda: (float.__new__(MyFloat, '2')), 'MF')
check('str.__new__(StrSub, 5)', lambda: (str.__new__(StrSub, 5)), "'5'")
check('tuple.__new__(MyTuple, [1])', lambda: (tuple.__new__(MyTuple, [1])), '(1,)')
check('list.__new__(MyList, [1, 2])', lambda: (list.__new__(MyList, [1, 2])), '[]')
check('dict.__new__(MyDict).__class__.__name__', lambda: (dict.__new__(MyDict).__class__.__name__), "'MyDict'")
check('MyInt2.__add__(MyInt2(1), 2)', lambda: (MyInt2.__add__(MyInt2(1), 2)), '3')
check('super(MyInt, MyInt(3)).__add__(1)', lambda: (super(MyInt, MyInt(3)).__add__(1)), '4')
print('ok', _n, _fails)
