class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class StrLen:
    def __len__(self): return '3'
class FloatLen:
    def __len__(self): return 3.0
class BadIndex:
    def __index__(self): return 1.5
class GoodIndex:
    def __index__(self): return 2
class BadIter:
    def __iter__(self): return 1
class NoNext:
    def __iter__(self): return self
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class BadHash:
    def __hash__(self): return 'x'
class BigHash:
    def __hash__(self): return 2**100
class EqOnly:
    def __eq__(self, o): return True
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadInt:
    def __int__(self): return 'x'
class IntSub(int): pass
class GoodInt:
    def __int__(self): return IntSub(5)
class BadFloat:
    def __float__(self): return 1
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
class Contains:
    def __contains__(self, x): return 0
class BadContains:
    __contains__ = None
class NoHash:
    __hash__ = None
class Call:
    def __call__(self, *a, **k): return (a, k)
class BadFormat:
    def __format__(self, spec): return 1
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
class BadRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class LenGet:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return 'ab'[i]

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

assert_raises('bool(BadBool())', lambda: bool(BadBool()), 'TypeError', '__bool__ should return bool, returned int')
assert_raises('not BadBool()', lambda: not BadBool(), 'TypeError', '__bool__ should return bool, returned int')
assert_raises('len(BadLen())', lambda: len(BadLen()), 'ValueError', '__len__() should return >= 0')
assert_raises('len(BigLen())', lambda: len(BigLen()), 'OverflowError', "cannot fit 'int' into an index-sized integer")
assert_raises('len(StrLen())', lambda: len(StrLen()), 'TypeError', "'str' object cannot be interpreted as an integer")
assert_raises('len(FloatLen())', lambda: len(FloatLen()), 'TypeError', "'float' object cannot be interpreted as an integer")
assert_raises('bool(BadLen())', lambda: bool(BadLen()), 'ValueError', '__len__() should return >= 0')
assert_raises('[1, 2][BadIndex()]', lambda: [1, 2][BadIndex()], 'TypeError', '__index__ returned non-int (type float)')
check('[1, 2, 3][GoodIndex()]', lambda: [1, 2, 3][GoodIndex()], '3')
check("'abc'[GoodIndex():]", lambda: 'abc'[GoodIndex():], "'c'")
check('range(GoodIndex())', lambda: range(GoodIndex()), 'range(0, 2)')
check('hex(GoodIndex())', lambda: hex(GoodIndex()), "'0x2'")
assert_raises('bin(BadIndex())', lambda: bin(BadIndex()), 'TypeError', '__index__ returned non-int (type float)')
assert_raises('iter(BadIter())', lambda: iter(BadIter()), 'TypeError', "iter() returned non-iterator of type 'int'")
assert_raises('list(BadIter())', lambda: list(BadIter()), 'TypeError', "iter() returned non-iterator of type 'int'")
assert_raises('next(NoNext())', lambda: next(NoNext()), 'TypeError', "'NoNext' object is not an iterator")
assert_raises('list(NoNext())', lambda: list(NoNext()), 'TypeError', "iter() returned non-iterator of type 'NoNext'")
check('list(GetItemOnly())', lambda: list(GetItemOnly()), '[0, 10, 20]')
check('5 in GetItemOnly()', lambda: 5 in GetItemOnly(), 'False')
check('20 in GetItemOnly()', lambda: 20 in GetItemOnly(), 'True')
check('iter(GetItemOnly()).__class__.__name__', lambda: iter(GetItemOnly()).__class__.__name__, "'iterator'")
assert_raises('hash(BadHash())', lambda: hash(BadHash()), 'TypeError', '__hash__ method should return an integer')
check('hash(BigHash()) == hash(2**100)', lambda: hash(BigHash()) == hash(2**100), 'True')
assert_raises('hash(EqOnly())', lambda: hash(EqOnly()), 'TypeError', "unhashable type: 'EqOnly'")
assert_raises('{EqOnly(): 1}', lambda: {EqOnly(): 1}, 'TypeError', "unhashable type: 'EqOnly'")
assert_raises('repr(BadRepr())', lambda: repr(BadRepr()), 'TypeError', '__repr__ returned non-string (type int)')
assert_raises('str(BadRepr())', lambda: str(BadRepr()), 'TypeError', '__str__ returned non-string (type int)')
assert_raises('str(BadStr())', lambda: str(BadStr()), 'TypeError', '__str__ returned non-string (type NoneType)')
assert_raises("'%s' % BadStr()", lambda: '%s' % BadStr(), 'TypeError', '__str__ returned non-string (type NoneType)')
assert_raises('print(BadStr())', lambda: print(BadStr()), 'TypeError', '__str__ returned non-string (type NoneType)')
assert_raises('int(BadInt())', lambda: int(BadInt()), 'TypeError', '__int__ returned non-int (type str)')
check('int(GoodInt())', lambda: int(GoodInt()), '5')
check('type(int(GoodInt())).__name__', lambda: type(int(GoodInt())).__name__, "'int'")
assert_raises('float(BadFloat())', lambda: float(BadFloat()), 'TypeError', 'BadFloat.__float__ returned non-float (type int)')
check('sorted([Cmp(2), Cmp(1)])[0].v', lambda: sorted([Cmp(2), Cmp(1)])[0].v, '1')
check('max([Cmp(2), Cmp(1)]).v', lambda: max([Cmp(2), Cmp(1)]).v, '2')
check('Cmp(1) > Cmp(2)', lambda: Cmp(1) > Cmp(2), 'False')
assert_raises('Cmp(1) <= Cmp(2)', lambda: Cmp(1) <= Cmp(2), 'TypeError', "'<=' not supported between instances of 'Cmp' and 'Cmp'")
check('1 in Contains()', lambda: 1 in Contains(), 'False')
assert_raises('1 in BadContains()', lambda: 1 in BadContains(), 'TypeError', "'BadContains' object is not a container")
assert_raises('hash(NoHash())', lambda: hash(NoHash()), 'TypeError', "unhashable type: 'NoHash'")
assert_raises('{NoHash()}', lambda: {NoHash()}, 'TypeError', "unhashable type: 'NoHash'")
check('Call()(1, a=2)', lambda: Call()(1, a=2), "((1,), {'a': 2})")
assert_raises("format(BadFormat(), '')", lambda: format(BadFormat(), ''), 'TypeError', '__format__ must return a str, not int')
assert_raises("f'{BadFormat()}'", lambda: f'{BadFormat()}', 'TypeError', '__format__ must return a str, not int')
check('list(reversed(Rev()))', lambda: list(reversed(Rev())), '[3, 2, 1]')
assert_raises('reversed(BadRev())', lambda: reversed(BadRev()), 'TypeError', "'BadRev' object is not reversible")
check('list(reversed(LenGet()))', lambda: list(reversed(LenGet())), "['b', 'a']")
assert_raises('reversed(5)', lambda: reversed(5), 'TypeError', "'int' object is not reversible")
check('type(reversed({})).__name__', lambda: type(reversed({})).__name__, "'dict_reversekeyiterator'")
check('list(reversed(range(3)))', lambda: list(reversed(range(3))), '[2, 1, 0]')
check('list(reversed({1: 2, 3: 4}))', lambda: list(reversed({1: 2, 3: 4})), '[3, 1]')
check('list(reversed({1: 2}.items()))', lambda: list(reversed({1: 2}.items())), '[(1, 2)]')
check('sum(GetItemOnly())', lambda: sum(GetItemOnly()), '30')
check('sorted(LenGet())', lambda: sorted(LenGet()), "['a', 'b']")
check('tuple(LenGet())', lambda: tuple(LenGet()), "('a', 'b')")
check('dict.fromkeys(LenGet())', lambda: dict.fromkeys(LenGet()), "{'a': None, 'b': None}")
check("'x'.join(LenGet())", lambda: 'x'.join(LenGet()), "'axb'")
check('min(LenGet())', lambda: min(LenGet()), "'a'")
check('any(LenGet())', lambda: any(LenGet()), 'True')
check('all([])', lambda: all([]), 'True')
check('enumerate(LenGet()).__next__()', lambda: enumerate(LenGet()).__next__(), "(0, 'a')")
check('list(zip(LenGet(), GetItemOnly()))', lambda: list(zip(LenGet(), GetItemOnly())), "[('a', 0), ('b', 10)]")
check('list(map(str, GetItemOnly()))', lambda: list(map(str, GetItemOnly())), "['0', '10', '20']")
check('list(filter(None, GetItemOnly()))', lambda: list(filter(None, GetItemOnly())), '[10, 20]')
check('isinstance(1, (int, (str, float)))', lambda: isinstance(1, (int, (str, float))), 'True')
assert_raises('isinstance(1, [int])', lambda: isinstance(1, [int]), 'TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union')
check('issubclass(bool, (str, (int,)))', lambda: issubclass(bool, (str, (int,))), 'True')
assert_raises('issubclass(1, int)', lambda: issubclass(1, int), 'TypeError', 'issubclass() arg 1 must be a class')
check('callable(Call())', lambda: callable(Call()), 'True')
check('callable(Call)', lambda: callable(Call), 'True')
check('callable(1)', lambda: callable(1), 'False')
assert_raises('divmod(Cmp(1), 2)', lambda: divmod(Cmp(1), 2), 'TypeError', "unsupported operand type(s) for divmod(): 'Cmp' and 'int'")
assert_raises('Cmp(1) + 1', lambda: Cmp(1) + 1, 'TypeError', "unsupported operand type(s) for +: 'Cmp' and 'int'")
assert_raises('1 + Cmp(1)', lambda: 1 + Cmp(1), 'TypeError', "unsupported operand type(s) for +: 'int' and 'Cmp'")
assert_raises('Cmp(1) < 1', lambda: Cmp(1) < 1, 'AttributeError', "'int' object has no attribute 'v'")
assert_raises('-Cmp(1)', lambda: -Cmp(1), 'TypeError', "bad operand type for unary -: 'Cmp'")
assert_raises('abs(Cmp(1))', lambda: abs(Cmp(1)), 'TypeError', "bad operand type for abs(): 'Cmp'")
assert_raises('Cmp(1)[0]', lambda: Cmp(1)[0], 'TypeError', "'Cmp' object is not subscriptable")
assert_raises('Cmp(1)()', lambda: Cmp(1)(), 'TypeError', "'Cmp' object is not callable")
def _s80():
    del Cmp(1).v
check('del Cmp(1).v', _s80, 'None')
def _s81():
    del Cmp(1).w
assert_raises('del Cmp(1).w', _s81, 'AttributeError', "'Cmp' object has no attribute 'w'")
assert_raises("getattr(Cmp(1), 'w')", lambda: getattr(Cmp(1), 'w'), 'AttributeError', "'Cmp' object has no attribute 'w'")
assert_raises('Cmp(1).w', lambda: Cmp(1).w, 'AttributeError', "'Cmp' object has no attribute 'w'")
assert_raises('Cmp.w', lambda: Cmp.w, 'AttributeError', "type object 'Cmp' has no attribute 'w'")
def _s85():
    Cmp(1).__class__ = int
assert_raises('Cmp(1).__class__ = int', _s85, 'TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses')
def _s86():
    object().x = 1
assert_raises('object().x = 1', _s86, 'AttributeError', "'object' object has no attribute 'x'")
def _s87():
    (1).x = 1
assert_raises('(1).x = 1', _s87, 'AttributeError', "'int' object has no attribute 'x'")
def _s88():
    'a'.upper = 1
assert_raises("'a'.upper = 1", _s88, 'AttributeError', "'str' object attribute 'upper' is read-only")
def _s89():
    int.x = 1
assert_raises('int.x = 1', _s89, 'TypeError', "cannot set 'x' attribute of immutable type 'int'")
def _s90():
    list.append = 1
assert_raises('list.append = 1', _s90, 'TypeError', "cannot set 'append' attribute of immutable type 'list'")
def _s91():
    type.__name__ = 'x'
assert_raises("type.__name__ = 'x'", _s91, 'TypeError', "cannot set '__name__' attribute of immutable type 'type'")
assert_raises("getattr(object(), '__dict__')", lambda: getattr(object(), '__dict__'), 'AttributeError', "'object' object has no attribute '__dict__'")
assert_raises('vars(object())', lambda: vars(object()), 'TypeError', 'vars() argument must have __dict__ attribute')
print('ok', _n, _fails)
