import functools, itertools, collections, operator, copy, string, heapq, bisect
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
P = namedtuple('P', 'x y')
Q = namedtuple('Q', ['a', 'b'], defaults=[2])
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
@functools.singledispatch
def disp(x): return 'default'
@disp.register(int)
def _(x): return 'int'
@disp.register
def _(x: str): return 'str'
class CP:
    @functools.cached_property
    def val(self): return [1]

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

check('P(1, 2)', lambda: (P(1, 2)), 'P(x=1, y=2)')
check('P(1, 2)._asdict()', lambda: (P(1, 2)._asdict()), "{'x': 1, 'y': 2}")
check('P(1, 2)._replace(x=5)', lambda: (P(1, 2)._replace(x=5)), 'P(x=5, y=2)')
check('P._fields', lambda: (P._fields), "('x', 'y')")
check('P._make([3, 4])', lambda: (P._make([3, 4])), 'P(x=3, y=4)')
assert_raises('P(1)', lambda: (P(1)), 'TypeError', "P.__new__() missing 1 required positional argument: 'y'")
assert_raises('P(1, 2, 3)', lambda: (P(1, 2, 3)), 'TypeError', 'P.__new__() takes 3 positional arguments but 4 were given')
assert_raises('P(x=1, z=2)', lambda: (P(x=1, z=2)), 'TypeError', "P.__new__() got an unexpected keyword argument 'z'")
check('Q(1)', lambda: (Q(1)), 'Q(a=1, b=2)')
check('Q._field_defaults', lambda: (Q._field_defaults), "{'b': 2}")
assert_raises("namedtuple('Bad', 'a a')", lambda: (namedtuple('Bad', 'a a')), 'ValueError', "Encountered duplicate field name: 'a'")
assert_raises("namedtuple('Bad', 'def')", lambda: (namedtuple('Bad', 'def')), 'ValueError', "Type names and field names cannot be a keyword: 'def'")
check("namedtuple('R', 'a def', rename=True)._fields", lambda: (namedtuple('R', 'a def', rename=True)._fields), "('a', '_1')")
check('P(1, 2) == (1, 2)', lambda: (P(1, 2) == (1, 2)), 'True')
check('P(1, 2).x', lambda: (P(1, 2).x), '1')
check('hash(P(1, 2)) == hash((1, 2))', lambda: (hash(P(1, 2)) == hash((1, 2))), 'True')
check('deque([1, 2, 3], maxlen=2)', lambda: (deque([1, 2, 3], maxlen=2)), 'deque([2, 3], maxlen=2)')
assert_raises('deque(maxlen=-1)', lambda: (deque(maxlen=-1)), 'ValueError', 'maxlen must be non-negative')
check('deque([1, 2]).popleft()', lambda: (deque([1, 2]).popleft()), '1')
assert_raises('deque().pop()', lambda: (deque().pop()), 'IndexError', 'pop from an empty deque')
check('deque([1, 2, 3]).rotate(1)', lambda: (deque([1, 2, 3]).rotate(1)), 'None')
dq = deque([1, 2, 3]); dq.rotate(-1)
check('dq', lambda: (dq), 'deque([2, 3, 1])')
check('dq.appendleft(0)', lambda: (dq.appendleft(0)), 'None')
check('dq', lambda: (dq), 'deque([0, 2, 3, 1])')
check('dq.extendleft([7, 8])', lambda: (dq.extendleft([7, 8])), 'None')
check('dq', lambda: (dq), 'deque([8, 7, 0, 2, 3, 1])')
check('dq[0], dq[-1]', lambda: (dq[0], dq[-1]), '(8, 1)')
check('dq.index(2)', lambda: (dq.index(2)), '3')
check('dq.count(7)', lambda: (dq.count(7)), '1')
check('dq.maxlen', lambda: (dq.maxlen), 'None')
check("Counter('abracadabra').most_common(2)", lambda: (Counter('abracadabra').most_common(2)), "[('a', 5), ('b', 2)]")
check('Counter(a=3, b=1) - Counter(a=1, b=2)', lambda: (Counter(a=3, b=1) - Counter(a=1, b=2)), "Counter({'a': 2})")
check('Counter(a=3) + Counter(a=1, b=2)', lambda: (Counter(a=3) + Counter(a=1, b=2)), "Counter({'a': 4, 'b': 2})")
check('Counter(a=1) | Counter(a=2)', lambda: (Counter(a=1) | Counter(a=2)), "Counter({'a': 2})")
check('Counter(a=1) & Counter(a=2)', lambda: (Counter(a=1) & Counter(a=2)), "Counter({'a': 1})")
check("Counter('aab')['z']", lambda: (Counter('aab')['z']), '0')
check("sorted(Counter('aab').elements())", lambda: (sorted(Counter('aab').elements())), "['a', 'a', 'b']")
check("Counter('ab').total()", lambda: (Counter('ab').total()), '2')
check('Counter(a=-1) + Counter()', lambda: (Counter(a=-1) + Counter()), 'Counter()')
check('repr(Counter(a=2, b=3))', lambda: (repr(Counter(a=2, b=3))), '"Counter({\'b\': 3, \'a\': 2})"')
dd = defaultdict(list); dd['x'].append(1)
check('dd', lambda: (dd), "defaultdict(<class 'list'>, {'x': [1]})")
check('dict(dd)', lambda: (dict(dd)), "{'x': [1]}")
check("defaultdict(int)['q']", lambda: (defaultdict(int)['q']), '0')
check('defaultdict(None, {1: 2})', lambda: (defaultdict(None, {1: 2})), 'defaultdict(None, {1: 2})')
check('repr(defaultdict(int, {1: 2}))', lambda: (repr(defaultdict(int, {1: 2}))), '"defaultdict(<class \'int\'>, {1: 2})"')
assert_raises('defaultdict(1)', lambda: (defaultdict(1)), 'TypeError', 'first argument must be callable or None')
check('OrderedDict(a=1, b=2).popitem(last=False)', lambda: (OrderedDict(a=1, b=2).popitem(last=False)), "('a', 1)")
od = OrderedDict(a=1, b=2); od.move_to_end('a')
check('list(od)', lambda: (list(od)), "['b', 'a']")
check('OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)', lambda: (OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)), 'False')
check('OrderedDict(a=1, b=2) == dict(b=2, a=1)', lambda: (OrderedDict(a=1, b=2) == dict(b=2, a=1)), 'True')
check('repr(OrderedDict(a=1))', lambda: (repr(OrderedDict(a=1))), '"OrderedDict([(\'a\', 1)])"')
check("ChainMap({'a': 1}, {'a': 2, 'b': 3})['b']", lambda: (ChainMap({'a': 1}, {'a': 2, 'b': 3})['b']), '3')
check("ChainMap({'a': 1}, {'a': 2})['a']", lambda: (ChainMap({'a': 1}, {'a': 2})['a']), '1')
check("list(ChainMap({'a': 1}, {'b': 2}))", lambda: (list(ChainMap({'a': 1}, {'b': 2}))), "['b', 'a']")
check('V(1) >= V(2)', lambda: (V(1) >= V(2)), 'False')
check('V(1) <= V(1)', lambda: (V(1) <= V(1)), 'True')
check('V(3) > V(2)', lambda: (V(3) > V(2)), 'True')
check('sq(3), sq(3), sq.cache_info()', lambda: (sq(3), sq(3), sq.cache_info()), '(9, 9, CacheInfo(hits=1, misses=1, maxsize=2, currsize=1))')
check("disp(1), disp('a'), disp(1.5)", lambda: (disp(1), disp('a'), disp(1.5)), "('int', 'str', 'default')")
check('CP().val', lambda: (CP().val), '[1]')
check('functools.reduce(operator.add, [1, 2, 3])', lambda: (functools.reduce(operator.add, [1, 2, 3])), '6')
check("functools.partial(int, base=2)('101')", lambda: (functools.partial(int, base=2)('101')), '5')
check('repr(functools.partial(int, base=2))', lambda: (repr(functools.partial(int, base=2))), '"functools.partial(<class \'int\'>, base=2)"')
check('sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))', lambda: (sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))), '[3, 2, 1]')
check("list(itertools.chain([1], (2,), 'ab'))", lambda: (list(itertools.chain([1], (2,), 'ab'))), "[1, 2, 'a', 'b']")
check('list(itertools.chain.from_iterable([[1], [2, 3]]))', lambda: (list(itertools.chain.from_iterable([[1], [2, 3]]))), '[1, 2, 3]')
check('list(itertools.islice(itertools.count(5, 2), 3))', lambda: (list(itertools.islice(itertools.count(5, 2), 3))), '[5, 7, 9]')
check("list(itertools.islice('abcdef', 1, None, 2))", lambda: (list(itertools.islice('abcdef', 1, None, 2))), "['b', 'd', 'f']")
assert_raises("list(itertools.islice('abc', -1))", lambda: (list(itertools.islice('abc', -1))), 'ValueError', 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
check('list(itertools.accumulate([1, 2, 3, 4]))', lambda: (list(itertools.accumulate([1, 2, 3, 4]))), '[1, 3, 6, 10]')
check('list(itertools.accumulate([1, 2, 3], operator.mul, initial=10))', lambda: (list(itertools.accumulate([1, 2, 3], operator.mul, initial=10))), '[10, 10, 20, 60]')
check("list(itertools.product('ab', repeat=2))", lambda: (list(itertools.product('ab', repeat=2))), "[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]")
check('list(itertools.permutations([1, 2, 3], 2))', lambda: (list(itertools.permutations([1, 2, 3], 2))), '[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]')
check("list(itertools.combinations('abcd', 2))", lambda: (list(itertools.combinations('abcd', 2))), "[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]")
check("list(itertools.combinations_with_replacement('ab', 2))", lambda: (list(itertools.combinations_with_replacement('ab', 2))), "[('a', 'a'), ('a', 'b'), ('b', 'b')]")
check("list(itertools.groupby('aabbbc'))[0][0]", lambda: (list(itertools.groupby('aabbbc'))[0][0]), "'a'")
check("[(k, list(g)) for k, g in itertools.groupby('aabbbc')]", lambda: ([(k, list(g)) for k, g in itertools.groupby('aabbbc')]), "[('a', ['a', 'a']), ('b', ['b', 'b', 'b']), ('c', ['c'])]")
check("list(itertools.zip_longest('ab', 'xyz', fillvalue='-'))", lambda: (list(itertools.zip_longest('ab', 'xyz', fillvalue='-'))), "[('a', 'x'), ('b', 'y'), ('-', 'z')]")
check('list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1]))', lambda: (list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1]))), '[1, 2]')
check('list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1]))', lambda: (list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1]))), '[3, 1]')
check('list(itertools.filterfalse(None, [0, 1, 2]))', lambda: (list(itertools.filterfalse(None, [0, 1, 2]))), '[0]')
check("list(itertools.compress('abc', [1, 0, 1]))", lambda: (list(itertools.compress('abc', [1, 0, 1]))), "['a', 'c']")
check('list(itertools.starmap(pow, [(2, 3), (3, 2)]))', lambda: (list(itertools.starmap(pow, [(2, 3), (3, 2)]))), '[8, 9]')
check("list(itertools.repeat('x', 3))", lambda: (list(itertools.repeat('x', 3))), "['x', 'x', 'x']")
check('[list(t) for t in itertools.tee([1, 2], 2)]', lambda: ([list(t) for t in itertools.tee([1, 2], 2)]), '[[1, 2], [1, 2]]')
check("list(itertools.pairwise('abcd'))", lambda: (list(itertools.pairwise('abcd'))), "[('a', 'b'), ('b', 'c'), ('c', 'd')]")
check("list(itertools.cycle('ab'))[:0] if False else 'skip'", lambda: (list(itertools.cycle('ab'))[:0] if False else 'skip'), "'skip'")
check("operator.itemgetter(1, 0)('abc')", lambda: (operator.itemgetter(1, 0)('abc')), "('b', 'a')")
check("operator.attrgetter('real')(3)", lambda: (operator.attrgetter('real')(3)), '3')
check("operator.methodcaller('upper')('a')", lambda: (operator.methodcaller('upper')('a')), "'A'")
check('operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.index(5)', lambda: (operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.index(5)), '(3, -3, True, 5)')
assert_raises('operator.index(1.5)', lambda: (operator.index(1.5)), 'TypeError', "'float' object cannot be interpreted as an integer")
check('copy.copy([1, [2]])', lambda: (copy.copy([1, [2]])), '[1, [2]]')
orig = [1, [2]]; cpy = copy.deepcopy(orig); cpy[1].append(3)
check('orig', lambda: (orig), '[1, [2]]')
check('string.ascii_letters', lambda: (string.ascii_letters), "'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'")
check('string.digits, string.punctuation', lambda: (string.digits, string.punctuation), '(\'0123456789\', \'!"#$%&\\\'()*+,-./:;<=>?@[\\\\]^_`{|}~\')')
check("string.Template('$a and ${b}').substitute(a=1, b=2)", lambda: (string.Template('$a and ${b}').substitute(a=1, b=2)), "'1 and 2'")
check("string.Template('$a').safe_substitute()", lambda: (string.Template('$a').safe_substitute()), "'$a'")
assert_raises("string.Template('$a').substitute()", lambda: (string.Template('$a').substitute()), 'KeyError', "'a'")
check("string.capwords(' hello   world ')", lambda: (string.capwords(' hello   world ')), "'Hello World'")
check('heapq.nsmallest(2, [5, 1, 3])', lambda: (heapq.nsmallest(2, [5, 1, 3])), '[1, 3]')
check('heapq.nlargest(2, [5, 1, 3])', lambda: (heapq.nlargest(2, [5, 1, 3])), '[5, 3]')
h = []; heapq.heappush(h, 3); heapq.heappush(h, 1); heapq.heappush(h, 2)
check('heapq.heappop(h), h', lambda: (heapq.heappop(h), h), '(1, [2, 3])')
assert_raises('heapq.heappop([])', lambda: (heapq.heappop([])), 'IndexError', 'index out of range')
check('bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2)', lambda: (bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2)), '(1, 3)')
bl = [1, 3]; bisect.insort(bl, 2)
check('bl', lambda: (bl), '[1, 2, 3]')
print('ok', _n, _fails)
