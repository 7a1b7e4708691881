L = list(range(10))
S = 'abcdefghij'
B = b'abcdefghij'
T = tuple(L)
R = range(0, 20, 2)

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

check('L[::-1]', lambda: L[::-1], '[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]')
check('L[::-3]', lambda: L[::-3], '[9, 6, 3, 0]')
check('L[8:2:-2]', lambda: L[8:2:-2], '[8, 6, 4]')
check('L[-100:100]', lambda: L[-100:100], '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]')
check('L[100:-100:-1]', lambda: L[100:-100:-1], '[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]')
check('L[5:5]', lambda: L[5:5], '[]')
check('L[::10**20]', lambda: L[::10**20], '[0]')
check('L[-10**20:10**20:3]', lambda: L[-10**20:10**20:3], '[0, 3, 6, 9]')
check('L[::-10**20]', lambda: L[::-10**20], '[9]')
check('S[::-2]', lambda: S[::-2], "'jhfdb'")
check('S[10:0:-3]', lambda: S[10:0:-3], "'jgd'")
check('B[::-1]', lambda: B[::-1], "b'jihgfedcba'")
check('B[1:8:3]', lambda: B[1:8:3], "b'beh'")
check('T[::4]', lambda: T[::4], '(0, 4, 8)')
check('R[::-1]', lambda: R[::-1], 'range(18, -2, -2)')
check('R[2:8:3]', lambda: R[2:8:3], 'range(4, 16, 6)')
check('R[::-3]', lambda: R[::-3], 'range(18, -2, -6)')
check('R[100:]', lambda: R[100:], 'range(20, 20, 2)')
assert_raises('range(10)[::0]', lambda: range(10)[::0], 'ValueError', 'slice step cannot be zero')
assert_raises('L[::0]', lambda: L[::0], 'ValueError', 'slice step cannot be zero')
assert_raises('S[::0]', lambda: S[::0], 'ValueError', 'slice step cannot be zero')
assert_raises('L[1.5:2]', lambda: L[1.5:2], 'TypeError', 'slice indices must be integers or None or have an __index__ method')
assert_raises("L['a':]", lambda: L['a':], 'TypeError', 'slice indices must be integers or None or have an __index__ method')
check('L[None:None:None]', lambda: L[None:None:None], '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]')
check('L[True:3]', lambda: L[True:3], '[1, 2]')
check('slice(1, 2, 3).indices(10)', lambda: slice(1, 2, 3).indices(10), '(1, 2, 3)')
check('slice(None).indices(5)', lambda: slice(None).indices(5), '(0, 5, 1)')
check('slice(-100, 100, -1).indices(10)', lambda: slice(-100, 100, -1).indices(10), '(-1, 9, -1)')
check('slice(None, None, -1).indices(0)', lambda: slice(None, None, -1).indices(0), '(-1, -1, -1)')
assert_raises('slice(1, 2, 0).indices(5)', lambda: slice(1, 2, 0).indices(5), 'ValueError', 'slice step cannot be zero')
assert_raises('slice(1, 2).indices(-1)', lambda: slice(1, 2).indices(-1), 'ValueError', 'length should not be negative')
assert_raises("slice('a').indices(3)", lambda: slice('a').indices(3), 'TypeError', 'slice indices must be integers or None or have an __index__ method')
check('slice(1, 10, 3)', lambda: slice(1, 10, 3), 'slice(1, 10, 3)')
check('repr(slice(1))', lambda: repr(slice(1)), "'slice(None, 1, None)'")
check('slice(1, 2) == slice(1, 2)', lambda: slice(1, 2) == slice(1, 2), 'True')
check('slice(1, 2) < slice(1, 3)', lambda: slice(1, 2) < slice(1, 3), 'True')
assert_raises('hash(slice(1, 2))', lambda: hash(slice(1, 2)), 'TypeError', "unhashable type: 'slice'")
assert_raises('slice()', lambda: slice(), 'TypeError', 'slice expected at least 1 argument, got 0')
assert_raises('slice(1, 2, 3, 4)', lambda: slice(1, 2, 3, 4), 'TypeError', 'slice expected at most 3 arguments, got 4')
check('slice(1, 2, 3).start', lambda: slice(1, 2, 3).start, '1')
check('slice(5).stop', lambda: slice(5).stop, '5')
check('slice(5).step', lambda: slice(5).step, 'None')
M = list(range(10))
def _s43():
    M[2:5] = 'xy'
check("M[2:5] = 'xy'", _s43, 'None')
print(M)
def _s45():
    M[::3] = [0, 0, 0, 0]
assert_raises('M[::3] = [0, 0, 0, 0]', _s45, 'ValueError', 'attempt to assign sequence of size 4 to extended slice of size 3')
print(M)
def _s47():
    M[::3] = [0, 0]
assert_raises('M[::3] = [0, 0]', _s47, 'ValueError', 'attempt to assign sequence of size 2 to extended slice of size 3')
def _s48():
    M[::-1] = range(10)
assert_raises('M[::-1] = range(10)', _s48, 'ValueError', 'attempt to assign sequence of size 10 to extended slice of size 9')
print(M)
def _s50():
    M[1:1] = (7, 8)
check('M[1:1] = (7, 8)', _s50, 'None')
print(M)
def _s52():
    del M[::-2]
check('del M[::-2]', _s52, 'None')
print(M)
def _s54():
    M[5:2] = [1]
check('M[5:2] = [1]', _s54, 'None')
print(M)
def _s56():
    M[:] = M
check('M[:] = M', _s56, 'None')
print(M)
def _s58():
    M[::1] = 5
assert_raises('M[::1] = 5', _s58, 'TypeError', 'can only assign an iterable')
def _s59():
    M[1:2] = 5
assert_raises('M[1:2] = 5', _s59, 'TypeError', 'can only assign an iterable')
def _s60():
    M[slice(0, 2)] = ['a']
check("M[slice(0, 2)] = ['a']", _s60, 'None')
print(M)
BA = bytearray(b'0123456789')
def _s63():
    BA[::2] = b'abcde'
check("BA[::2] = b'abcde'", _s63, 'None')
print(BA)
def _s65():
    BA[::2] = b'ab'
assert_raises("BA[::2] = b'ab'", _s65, 'ValueError', 'attempt to assign bytes of size 2 to extended slice of size 5')
def _s66():
    BA[1:3] = [65, 66, 67]
check('BA[1:3] = [65, 66, 67]', _s66, 'None')
print(BA)
def _s68():
    BA[1:3] = 'xy'
assert_raises("BA[1:3] = 'xy'", _s68, 'TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)')
def _s69():
    BA[1:3] = 5
assert_raises('BA[1:3] = 5', _s69, 'TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)')
def _s70():
    BA[1:3] = memoryview(b'zz')
check("BA[1:3] = memoryview(b'zz')", _s70, 'None')
print(BA)
def _s72():
    del BA[::3]
check('del BA[::3]', _s72, 'None')
print(BA)
check("memoryview(b'abcdef')[::2].tobytes()", lambda: memoryview(b'abcdef')[::2].tobytes(), "b'ace'")
check("memoryview(b'abcdef')[::-1].tobytes()", lambda: memoryview(b'abcdef')[::-1].tobytes(), "b'fedcba'")
check("list(memoryview(b'abc'))", lambda: list(memoryview(b'abc')), '[97, 98, 99]')
check("'abc'[slice(None, None, -1)]", lambda: 'abc'[slice(None, None, -1)], "'cba'")
check('(1, 2, 3)[slice(1, None)]', lambda: (1, 2, 3)[slice(1, None)], '(2, 3)')
check('[1, 2, 3].__getitem__(slice(0, 2))', lambda: [1, 2, 3].__getitem__(slice(0, 2)), '[1, 2]')
check("'hello'.__getitem__(slice(1, 4, 2))", lambda: 'hello'.__getitem__(slice(1, 4, 2)), "'el'")
check('L[L.__len__() - 1]', lambda: L[L.__len__() - 1], '9')
check('L[-1:-11:-1] == L[::-1]', lambda: L[-1:-11:-1] == L[::-1], 'True')
check('S[-3:]', lambda: S[-3:], "'hij'")
check('S[:-3]', lambda: S[:-3], "'abcdefg'")
check('S[3:-3]', lambda: S[3:-3], "'defg'")
check('S[-3:3]', lambda: S[-3:3], "''")
check('S[::-1][::-1] == S', lambda: S[::-1][::-1] == S, 'True')
print('ok', _n, _fails)
