import sys
log = []
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self): log.append('enter ' + self.name); return self
    def __exit__(self, t, v, tb):
        log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return self.suppress
class BadEnter:
    def __enter__(self): raise KeyError('enter')
    def __exit__(self, *a): log.append('never'); return False
class ExitRaises:
    def __enter__(self): return 1
    def __exit__(self, *a): raise ValueError('from exit')
def multi():
    log.clear()
    with CM('a') as a, CM('b') as b:
        log.append('body')
    return log[:]
def multi_exc():
    log.clear()
    try:
        with CM('a'), CM('b', suppress=True), CM('c'):
            raise TypeError
    except TypeError:
        log.append('outer caught')
    return log[:]
def bad_enter():
    log.clear()
    try:
        with CM('a'), BadEnter():
            log.append('body')
    except KeyError as e:
        log.append('caught %r' % e)
    return log[:]
def exit_raises():
    try:
        with ExitRaises():
            raise KeyError('body')
    except ValueError as e:
        return repr(e), repr(e.__context__)
def with_return():
    log.clear()
    def f():
        with CM('r'):
            return 'ret'
    return f(), log[:]
def with_break():
    log.clear()
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
            continue
    return log[:]
def paren_with():
    log.clear()
    with (CM('x') as x,
          CM('y') as y):
        pass
    return log[:]
def exc_info_in_exit():
    class C:
        def __enter__(self): return self
        def __exit__(self, t, v, tb):
            self.info = sys.exc_info()[0]
            return True
    c = C()
    with c:
        raise KeyError
    return c.info.__name__
def not_cm():
    with object():
        pass
def enter_only_cls():
    class E:
        def __exit__(self, *a): pass
    with E():
        pass
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
def for_else():
    out = []
    for x in It():
        out.append(x)
    else:
        out.append('else')
    for x in It():
        if x == 2: break
    else:
        out.append('no')
    return out
def iter_sentinel():
    it = iter([1, 2, 0, 3]).__next__
    return list(iter(it, 0))
def iter_exhaust():
    it = iter([1, 2])
    return list(it), list(it), next(it, 'end')
def enumerate_start():
    return list(enumerate('ab', start=10)), list(enumerate('ab', -1))
def zip_strict():
    return list(zip([1, 2], [3], strict=True))
def zip_strict2():
    return list(zip([1], [3, 4], strict=True))
def zip_strict3():
    return list(zip([1, 2], [3, 4], [5], strict=True))
def zip_ok():
    return list(zip()), list(zip([1, 2], 'ab', strict=True))
def map_multi():
    return list(map(lambda a, b: a + b, [1, 2, 3], [10, 20]))
def mutate_during():
    d = {1: 2}
    for k in d:
        d[k + 1] = 0
def mutate_set():
    s = {1}
    for k in s:
        s.add(k + 1)
def list_mutate():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if x == 1:
            l.remove(x)
    return out
def unpack_iter():
    a, *b = It()
    return a, b
def star_in_call():
    return max(*It()), [*It(), *'ab'], {*It()}
def dict_iter_views():
    d = {'a': 1}
    it = iter(d.items())
    return next(it), type(it).__name__
def range_iter():
    r = range(5)
    it = iter(r)
    next(it)
    return list(it), r.index(3), r.count(3), 3 in r, 3.0 in r, r[-1], len(range(0, 10, 3))
def range_errs():
    return range(5).index(7)
def length_hint():
    import operator
    return operator.length_hint(iter([1, 2, 3])), operator.length_hint(It(), 7)

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

check('multi()', lambda: (multi()), "['enter a', 'enter b', 'body', 'exit b None', 'exit a None']")
check('multi_exc()', lambda: (multi_exc()), "['enter a', 'enter b', 'enter c', 'exit c TypeError', 'exit b TypeError', 'exit a None']")
check('bad_enter()', lambda: (bad_enter()), '[\'enter a\', \'exit a KeyError\', "caught KeyError(\'enter\')"]')
check('exit_raises()', lambda: (exit_raises()), '("ValueError(\'from exit\')", "KeyError(\'body\')")')
check('with_return()', lambda: (with_return()), "('ret', ['enter r', 'exit r None'])")
check('with_break()', lambda: (with_break()), "['enter 0', 'exit 0 None', 'enter 1', 'exit 1 None']")
check('paren_with()', lambda: (paren_with()), "['enter x', 'enter y', 'exit y None', 'exit x None']")
check('exc_info_in_exit()', lambda: (exc_info_in_exit()), "'KeyError'")
assert_raises('not_cm()', lambda: (not_cm()), 'TypeError', "'object' object does not support the context manager protocol")
assert_raises('enter_only_cls()', lambda: (enter_only_cls()), 'TypeError', "'E' object does not support the context manager protocol")
check('for_else()', lambda: (for_else()), "[1, 2, 3, 'else']")
check('iter_sentinel()', lambda: (iter_sentinel()), '[1, 2]')
check('iter_exhaust()', lambda: (iter_exhaust()), "([1, 2], [], 'end')")
check('enumerate_start()', lambda: (enumerate_start()), "([(10, 'a'), (11, 'b')], [(-1, 'a'), (0, 'b')])")
assert_raises('zip_strict()', lambda: (zip_strict()), 'ValueError', 'zip() argument 2 is shorter than argument 1')
assert_raises('zip_strict2()', lambda: (zip_strict2()), 'ValueError', 'zip() argument 2 is longer than argument 1')
assert_raises('zip_strict3()', lambda: (zip_strict3()), 'ValueError', 'zip() argument 3 is shorter than arguments 1-2')
check('zip_ok()', lambda: (zip_ok()), "([], [(1, 'a'), (2, 'b')])")
check('map_multi()', lambda: (map_multi()), '[11, 22]')
assert_raises('mutate_during()', lambda: (mutate_during()), 'RuntimeError', 'dictionary changed size during iteration')
assert_raises('mutate_set()', lambda: (mutate_set()), 'RuntimeError', 'Set changed size during iteration')
check('list_mutate()', lambda: (list_mutate()), '[1, 3]')
check('unpack_iter()', lambda: (unpack_iter()), '(1, [2, 3])')
check('star_in_call()', lambda: (star_in_call()), "(3, [1, 2, 3, 'a', 'b'], {1, 2, 3})")
check('dict_iter_views()', lambda: (dict_iter_views()), "(('a', 1), 'dict_itemiterator')")
check('range_iter()', lambda: (range_iter()), '([1, 2, 3, 4], 3, 1, True, True, 4, 4)')
assert_raises('range_errs()', lambda: (range_errs()), 'ValueError', '7 is not in range')
check('length_hint()', lambda: (length_hint()), '(3, 7)')
check('range(10**20)[10**19]', lambda: (range(10**20)[10**19]), '10000000000000000000')
assert_raises('len(range(10**20))', lambda: (len(range(10**20))), 'OverflowError', 'Python int too large to convert to C ssize_t')
check('range(0, 10, 2) == range(0, 9, 2)', lambda: (range(0, 10, 2) == range(0, 9, 2)), 'True')
check('range(0) == range(5, 5)', lambda: (range(0) == range(5, 5)), 'True')
check('hash(range(3)) == hash(range(0, 3))', lambda: (hash(range(3)) == hash(range(0, 3))), 'True')
check('repr(range(1, 5, 2))', lambda: (repr(range(1, 5, 2))), "'range(1, 5, 2)'")
check('range(5)[1:3]', lambda: (range(5)[1:3]), 'range(1, 3)')
check('range(1, 10)[::-2]', lambda: (range(1, 10)[::-2]), 'range(9, 0, -2)')
check('list(range(10, 0, -3))', lambda: (list(range(10, 0, -3))), '[10, 7, 4, 1]')
check('iter(range(3)).__length_hint__()', lambda: (iter(range(3)).__length_hint__()), '3')
check('reversed(range(3)).__length_hint__()', lambda: (reversed(range(3)).__length_hint__()), '3')
print('ok', _n, _fails)
