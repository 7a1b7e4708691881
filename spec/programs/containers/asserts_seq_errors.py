L = [1, 2, 3]
T = (1, 2, 3)
S = 'abc'
B = b'abc'
BA = bytearray(b'abc')
R = range(3)
D = {'a': 1, (1, 2): 3}

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

assert_raises('L[5]', lambda: L[5], 'IndexError', 'list index out of range')
assert_raises('L[-5]', lambda: L[-5], 'IndexError', 'list index out of range')
assert_raises('T[3]', lambda: T[3], 'IndexError', 'tuple index out of range')
assert_raises('S[3]', lambda: S[3], 'IndexError', 'string index out of range')
assert_raises('B[3]', lambda: B[3], 'IndexError', 'index out of range')
assert_raises('BA[3]', lambda: BA[3], 'IndexError', 'bytearray index out of range')
assert_raises('R[3]', lambda: R[3], 'IndexError', 'range object index out of range')
assert_raises('R[-4]', lambda: R[-4], 'IndexError', 'range object index out of range')
assert_raises("L['a']", lambda: L['a'], 'TypeError', 'list indices must be integers or slices, not str')
assert_raises("T['a']", lambda: T['a'], 'TypeError', 'tuple indices must be integers or slices, not str')
assert_raises("S['a']", lambda: S['a'], 'TypeError', "string indices must be integers, not 'str'")
assert_raises("B['a']", lambda: B['a'], 'TypeError', 'byte indices must be integers or slices, not str')
assert_raises("BA['a']", lambda: BA['a'], 'TypeError', 'bytearray indices must be integers or slices, not str')
assert_raises("R['a']", lambda: R['a'], 'TypeError', 'range indices must be integers or slices, not str')
assert_raises('L[1.0]', lambda: L[1.0], 'TypeError', 'list indices must be integers or slices, not float')
assert_raises("D['z']", lambda: D['z'], 'KeyError', "'z'")
assert_raises('D[(1, 3)]', lambda: D[(1, 3)], 'KeyError', '(1, 3)')
assert_raises('D[[1]]', lambda: D[[1]], 'TypeError', "unhashable type: 'list'")
assert_raises('{}[()]', lambda: {}[()], 'KeyError', '()')
assert_raises('{}[None]', lambda: {}[None], 'KeyError', 'None')
assert_raises("{}['']", lambda: {}[''], 'KeyError', "''")
assert_raises('{}[1.5]', lambda: {}[1.5], 'KeyError', '1.5')
assert_raises('{}[frozenset()]', lambda: {}[frozenset()], 'KeyError', 'frozenset()')
assert_raises('[].pop()', lambda: [].pop(), 'IndexError', 'pop from empty list')
assert_raises('[1].pop(5)', lambda: [1].pop(5), 'IndexError', 'pop index out of range')
assert_raises('{}.pop(1)', lambda: {}.pop(1), 'KeyError', '1')
assert_raises('{}.popitem()', lambda: {}.popitem(), 'KeyError', "'popitem(): dictionary is empty'")
assert_raises('set().pop()', lambda: set().pop(), 'KeyError', "'pop from an empty set'")
assert_raises('bytearray().pop()', lambda: bytearray().pop(), 'IndexError', 'pop from empty bytearray')
assert_raises("bytearray(b'a').pop(3)", lambda: bytearray(b'a').pop(3), 'IndexError', 'pop index out of range')
assert_raises('[].remove(1)', lambda: [].remove(1), 'ValueError', 'list.remove(x): x not in list')
assert_raises('[1].index(2)', lambda: [1].index(2), 'ValueError', '2 is not in list')
assert_raises('(1,).index(2)', lambda: (1,).index(2), 'ValueError', 'tuple.index(x): x not in tuple')
assert_raises("'abc'.index('z')", lambda: 'abc'.index('z'), 'ValueError', 'substring not found')
assert_raises("b'abc'.index(b'z')", lambda: b'abc'.index(b'z'), 'ValueError', 'subsection not found')
assert_raises("'abc'.rindex('z')", lambda: 'abc'.rindex('z'), 'ValueError', 'substring not found')
assert_raises("bytearray(b'a').remove(5)", lambda: bytearray(b'a').remove(5), 'ValueError', 'value not found in bytearray')
assert_raises('set().remove(1)', lambda: set().remove(1), 'KeyError', '1')
assert_raises('set().remove([])', lambda: set().remove([]), 'TypeError', "unhashable type: 'list'")
assert_raises('frozenset().__contains__([])', lambda: frozenset().__contains__([]), 'TypeError', "unhashable type: 'list'")
assert_raises('[] in set()', lambda: [] in set(), 'TypeError', "unhashable type: 'list'")
assert_raises('[1, 2] + (3,)', lambda: [1, 2] + (3,), 'TypeError', 'can only concatenate list (not "tuple") to list')
assert_raises('(1,) + [2]', lambda: (1,) + [2], 'TypeError', 'can only concatenate tuple (not "list") to tuple')
assert_raises("'a' + 1", lambda: 'a' + 1, 'TypeError', 'can only concatenate str (not "int") to str')
assert_raises("b'a' + 'b'", lambda: b'a' + 'b', 'TypeError', "can't concat str to bytes")
assert_raises("'a' + b'b'", lambda: 'a' + b'b', 'TypeError', 'can only concatenate str (not "bytes") to str')
assert_raises("1 + 'a'", lambda: 1 + 'a', 'TypeError', "unsupported operand type(s) for +: 'int' and 'str'")
assert_raises("[1] * 'a'", lambda: [1] * 'a', 'TypeError', "can't multiply sequence by non-int of type 'str'")
assert_raises("'a' * 1.5", lambda: 'a' * 1.5, 'TypeError', "can't multiply sequence by non-int of type 'float'")
assert_raises('[1] * 2.0', lambda: [1] * 2.0, 'TypeError', "can't multiply sequence by non-int of type 'float'")
check("'a' * -1", lambda: 'a' * -1, "''")
check('-1 * [1]', lambda: -1 * [1], '[]')
assert_raises('[1] < (1,)', lambda: [1] < (1,), 'TypeError', "'<' not supported between instances of 'list' and 'tuple'")
assert_raises("[1] < 'a'", lambda: [1] < 'a', 'TypeError', "'<' not supported between instances of 'list' and 'str'")
assert_raises("1 < 'a'", lambda: 1 < 'a', 'TypeError', "'<' not supported between instances of 'int' and 'str'")
assert_raises("'a' < 1", lambda: 'a' < 1, 'TypeError', "'<' not supported between instances of 'str' and 'int'")
assert_raises('None < None', lambda: None < None, 'TypeError', "'<' not supported between instances of 'NoneType' and 'NoneType'")
assert_raises('{} < {}', lambda: {} < {}, 'TypeError', "'<' not supported between instances of 'dict' and 'dict'")
assert_raises('{1} < [1]', lambda: {1} < [1], 'TypeError', "'<' not supported between instances of 'set' and 'list'")
assert_raises('object() < object()', lambda: object() < object(), 'TypeError', "'<' not supported between instances of 'object' and 'object'")
assert_raises('1 @ 2', lambda: 1 @ 2, 'TypeError', "unsupported operand type(s) for @: 'int' and 'int'")
assert_raises('[1] - [1]', lambda: [1] - [1], 'TypeError', "unsupported operand type(s) for -: 'list' and 'list'")
assert_raises("'a' - 'b'", lambda: 'a' - 'b', 'TypeError', "unsupported operand type(s) for -: 'str' and 'str'")
assert_raises('{1} + {2}', lambda: {1} + {2}, 'TypeError', "unsupported operand type(s) for +: 'set' and 'set'")
assert_raises("{'a': 1} + {'b': 2}", lambda: {'a': 1} + {'b': 2}, 'TypeError', "unsupported operand type(s) for +: 'dict' and 'dict'")
check("{'a': 1} | {'b': 2}", lambda: {'a': 1} | {'b': 2}, "{'a': 1, 'b': 2}")
assert_raises("{'a': 1} | [1]", lambda: {'a': 1} | [1], 'TypeError', "unsupported operand type(s) for |: 'dict' and 'list'")
assert_raises('~1.5', lambda: ~1.5, 'TypeError', "bad operand type for unary ~: 'float'")
assert_raises("-'a'", lambda: -'a', 'TypeError', "bad operand type for unary -: 'str'")
assert_raises('+[]', lambda: +[], 'TypeError', "bad operand type for unary +: 'list'")
assert_raises("~'a'", lambda: ~'a', 'TypeError', "bad operand type for unary ~: 'str'")
assert_raises("abs('a')", lambda: abs('a'), 'TypeError', "bad operand type for abs(): 'str'")
assert_raises('len(5)', lambda: len(5), 'TypeError', "object of type 'int' has no len()")
assert_raises('len(iter([]))', lambda: len(iter([])), 'TypeError', "object of type 'list_iterator' has no len()")
def _s74():
    a, b = [1, 2, 3]
assert_raises('a, b = [1, 2, 3]', _s74, 'ValueError', 'too many values to unpack (expected 2)')
def _s75():
    a, b = [1]
assert_raises('a, b = [1]', _s75, 'ValueError', 'not enough values to unpack (expected 2, got 1)')
def _s76():
    a, b, c = 'ab'
assert_raises("a, b, c = 'ab'", _s76, 'ValueError', 'not enough values to unpack (expected 3, got 2)')
def _s77():
    a, *b, c = [1]
assert_raises('a, *b, c = [1]', _s77, 'ValueError', 'not enough values to unpack (expected at least 2, got 1)')
def _s78():
    a, = []
assert_raises('a, = []', _s78, 'ValueError', 'not enough values to unpack (expected 1, got 0)')
def _s79():
    (a, b), c = [1, 2], 3
check('(a, b), c = [1, 2], 3', _s79, 'None')
def _s80():
    a, b = 1
assert_raises('a, b = 1', _s80, 'TypeError', 'cannot unpack non-iterable int object')
def _s81():
    a, b = None
assert_raises('a, b = None', _s81, 'TypeError', 'cannot unpack non-iterable NoneType object')
def _s82():
    [a, b] = {1: 2}
assert_raises('[a, b] = {1: 2}', _s82, 'ValueError', 'not enough values to unpack (expected 2, got 1)')
def _s83():
    L[0:1:1] = [9, 9]
check('L[0:1:1] = [9, 9]', _s83, 'None')
def _s84():
    L[::2] = [1]
assert_raises('L[::2] = [1]', _s84, 'ValueError', 'attempt to assign sequence of size 1 to extended slice of size 2')
def _s85():
    L[::-1] = [1, 2]
assert_raises('L[::-1] = [1, 2]', _s85, 'ValueError', 'attempt to assign sequence of size 2 to extended slice of size 4')
def _s86():
    L[::2] = 5
assert_raises('L[::2] = 5', _s86, 'TypeError', 'must assign iterable to extended slice')
def _s87():
    BA[::2] = b'x'
assert_raises("BA[::2] = b'x'", _s87, 'ValueError', 'attempt to assign bytes of size 1 to extended slice of size 2')
def _s88():
    BA[0] = 256
assert_raises('BA[0] = 256', _s88, 'ValueError', 'byte must be in range(0, 256)')
def _s89():
    BA[0] = -1
assert_raises('BA[0] = -1', _s89, 'ValueError', 'byte must be in range(0, 256)')
def _s90():
    BA[0] = 'a'
assert_raises("BA[0] = 'a'", _s90, 'TypeError', "'str' object cannot be interpreted as an integer")
def _s91():
    BA[0] = b'a'
assert_raises("BA[0] = b'a'", _s91, 'TypeError', "'bytes' object cannot be interpreted as an integer")
def _s92():
    T[0] = 1
assert_raises('T[0] = 1', _s92, 'TypeError', "'tuple' object does not support item assignment")
def _s93():
    S[0] = 'x'
assert_raises("S[0] = 'x'", _s93, 'TypeError', "'str' object does not support item assignment")
def _s94():
    B[0] = 1
assert_raises('B[0] = 1', _s94, 'TypeError', "'bytes' object does not support item assignment")
def _s95():
    R[0] = 1
assert_raises('R[0] = 1', _s95, 'TypeError', "'range' object does not support item assignment")
def _s96():
    del T[0]
assert_raises('del T[0]', _s96, 'TypeError', "'tuple' object doesn't support item deletion")
def _s97():
    del L[5]
assert_raises('del L[5]', _s97, 'IndexError', 'list assignment index out of range')
def _s98():
    del D['q']
assert_raises("del D['q']", _s98, 'KeyError', "'q'")
def _s99():
    del S[0]
assert_raises('del S[0]', _s99, 'TypeError', "'str' object doesn't support item deletion")
def _s100():
    del L[::2]
check('del L[::2]', _s100, 'None')
def _s101():
    L[5] = 1
assert_raises('L[5] = 1', _s101, 'IndexError', 'list assignment index out of range')
def _s102():
    D[[1]] = 2
assert_raises('D[[1]] = 2', _s102, 'TypeError', "unhashable type: 'list'")
def _s103():
    set().add([])
assert_raises('set().add([])', _s103, 'TypeError', "unhashable type: 'list'")
def _s104():
    {}.setdefault([], 1)
assert_raises('{}.setdefault([], 1)', _s104, 'TypeError', "unhashable type: 'list'")
def _s105():
    {[]: 1}
assert_raises('{[]: 1}', _s105, 'TypeError', "unhashable type: 'list'")
def _s106():
    {[1]}
assert_raises('{[1]}', _s106, 'TypeError', "unhashable type: 'list'")
def _s107():
    {{}: 1}
assert_raises('{{}: 1}', _s107, 'TypeError', "unhashable type: 'dict'")
assert_raises("int('x')", lambda: int('x'), 'ValueError', "invalid literal for int() with base 10: 'x'")
assert_raises("int('')", lambda: int(''), 'ValueError', "invalid literal for int() with base 10: ''")
assert_raises("int(' ')", lambda: int(' '), 'ValueError', "invalid literal for int() with base 10: ' '")
assert_raises("int('1.5')", lambda: int('1.5'), 'ValueError', "invalid literal for int() with base 10: '1.5'")
assert_raises("int('12', 1)", lambda: int('12', 1), 'ValueError', 'int() base must be >= 2 and <= 36, or 0')
assert_raises("int('12', 37)", lambda: int('12', 37), 'ValueError', 'int() base must be >= 2 and <= 36, or 0')
check("int('z', 36)", lambda: int('z', 36), '35')
check("int('0x1f', 16)", lambda: int('0x1f', 16), '31')
check("int('0x1f', 0)", lambda: int('0x1f', 0), '31')
assert_raises("int('010', 0)", lambda: int('010', 0), 'ValueError', "invalid literal for int() with base 0: '010'")
assert_raises("int('0b2', 0)", lambda: int('0b2', 0), 'ValueError', "invalid literal for int() with base 0: '0b2'")
check("int('1_000')", lambda: int('1_000'), '1000')
assert_raises("int('1__0')", lambda: int('1__0'), 'ValueError', "invalid literal for int() with base 10: '1__0'")
assert_raises("int('_1')", lambda: int('_1'), 'ValueError', "invalid literal for int() with base 10: '_1'")
check('int(1.5e300)', lambda: int(1.5e300), '1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240')
assert_raises("int(float('inf'))", lambda: int(float('inf')), 'OverflowError', 'cannot convert float infinity to integer')
assert_raises("int(float('nan'))", lambda: int(float('nan')), 'ValueError', 'cannot convert float NaN to integer')
assert_raises('int([])', lambda: int([]), 'TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'list'")
assert_raises('int(None)', lambda: int(None), 'TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
assert_raises("int('9' * 5000)", lambda: int('9' * 5000), 'ValueError', 'Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit')
assert_raises("float('x')", lambda: float('x'), 'ValueError', "could not convert string to float: 'x'")
assert_raises("float('')", lambda: float(''), 'ValueError', "could not convert string to float: ''")
assert_raises("float('1e')", lambda: float('1e'), 'ValueError', "could not convert string to float: '1e'")
assert_raises('float([])', lambda: float([]), 'TypeError', "float() argument must be a string or a real number, not 'list'")
check("float('  nan  ')", lambda: float('  nan  '), 'nan')
check("float('-iNF')", lambda: float('-iNF'), '-inf')
check("float('1_0.5')", lambda: float('1_0.5'), '10.5')
assert_raises("complex('1+')", lambda: complex('1+'), 'ValueError', 'complex() arg is a malformed string')
assert_raises("complex('x')", lambda: complex('x'), 'ValueError', 'complex() arg is a malformed string')
assert_raises("complex(1, 'a')", lambda: complex(1, 'a'), 'TypeError', "complex() second arg can't be a string")
assert_raises("str(b'a', 'ascii', 'x', 1)", lambda: str(b'a', 'ascii', 'x', 1), 'TypeError', 'str() takes at most 3 arguments (4 given)')
assert_raises("str(1, 'utf8')", lambda: str(1, 'utf8'), 'TypeError', 'decoding to str: need a bytes-like object, int found')
assert_raises("bytes('a')", lambda: bytes('a'), 'TypeError', 'string argument without an encoding')
assert_raises('bytes(-1)', lambda: bytes(-1), 'ValueError', 'negative count')
assert_raises('bytes([256])', lambda: bytes([256]), 'ValueError', 'bytes must be in range(0, 256)')
assert_raises("bytes(['a'])", lambda: bytes(['a']), 'TypeError', "'str' object cannot be interpreted as an integer")
assert_raises('bytes(1.5)', lambda: bytes(1.5), 'TypeError', "cannot convert 'float' object to bytes")
assert_raises("bytearray('a')", lambda: bytearray('a'), 'TypeError', 'string argument without an encoding')
assert_raises('bytearray([-1])', lambda: bytearray([-1]), 'ValueError', 'byte must be in range(0, 256)')
assert_raises("bytes.fromhex('zz')", lambda: bytes.fromhex('zz'), 'ValueError', 'non-hexadecimal number found in fromhex() arg at position 0')
assert_raises("bytes.fromhex('a')", lambda: bytes.fromhex('a'), 'ValueError', 'non-hexadecimal number found in fromhex() arg at position 1')
check("bytes.fromhex('0a 0b ')", lambda: bytes.fromhex('0a 0b '), "b'\\n\\x0b'")
assert_raises('bytes.fromhex(1)', lambda: bytes.fromhex(1), 'TypeError', 'fromhex() argument must be str, not int')
print('ok', _n, _fails)
