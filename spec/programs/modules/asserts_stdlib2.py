import dataclasses, enum, contextlib, re, types, typing
from dataclasses import dataclass, field
@dataclass
class DC:
    x: int
    y: list = field(default_factory=list)
    z: str = 'z'
@dataclass(frozen=True, order=True)
class FD:
    a: int
    b: int = 0
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Flag(enum.IntFlag):
    A = 1
    B = 2
class Auto(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
@contextlib.contextmanager
def cm(log):
    log.append('enter')
    try:
        yield 'val'
    finally:
        log.append('exit')
def use_cm():
    log = []
    with cm(log) as v:
        log.append(v)
    return log
def cm_exc():
    log = []
    try:
        with cm(log):
            raise KeyError('k')
    except KeyError:
        log.append('caught')
    return log
def suppress():
    with contextlib.suppress(ZeroDivisionError):
        1 / 0
    return 'ok'

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

check('DC(1)', lambda: (DC(1)), "DC(x=1, y=[], z='z')")
check("DC(1, [2], 'w')", lambda: (DC(1, [2], 'w')), "DC(x=1, y=[2], z='w')")
check('DC(1) == DC(1)', lambda: (DC(1) == DC(1)), 'True')
assert_raises('DC()', lambda: (DC()), 'TypeError', "DC.__init__() missing 1 required positional argument: 'x'")
check('dataclasses.asdict(DC(1))', lambda: (dataclasses.asdict(DC(1))), "{'x': 1, 'y': [], 'z': 'z'}")
check('dataclasses.astuple(DC(1))', lambda: (dataclasses.astuple(DC(1))), "(1, [], 'z')")
check('[f.name for f in dataclasses.fields(DC)]', lambda: ([f.name for f in dataclasses.fields(DC)]), "['x', 'y', 'z']")
check("dataclasses.replace(DC(1), z='q')", lambda: (dataclasses.replace(DC(1), z='q')), "DC(x=1, y=[], z='q')")
check('FD(1) < FD(2)', lambda: (FD(1) < FD(2)), 'True')
check('FD(1, 2)', lambda: (FD(1, 2)), 'FD(a=1, b=2)')
check('hash(FD(1)) == hash(FD(1))', lambda: (hash(FD(1)) == hash(FD(1))), 'True')
def _s11():
    FD(1).a = 5
assert_raises('FD(1).a = 5', _s11, 'FrozenInstanceError', "cannot assign to field 'a'")
check('sorted([FD(2), FD(1, 5), FD(1)])', lambda: (sorted([FD(2), FD(1, 5), FD(1)])), '[FD(a=1, b=0), FD(a=1, b=5), FD(a=2, b=0)]')
check('Color.RED', lambda: (Color.RED), '<Color.RED: 1>')
check('repr(Color.RED)', lambda: (repr(Color.RED)), "'<Color.RED: 1>'")
check('str(Color.RED)', lambda: (str(Color.RED)), "'Color.RED'")
check('Color.RED.name, Color.RED.value', lambda: (Color.RED.name, Color.RED.value), "('RED', 1)")
check('Color(2)', lambda: (Color(2)), '<Color.GREEN: 2>')
check("Color['GREEN']", lambda: (Color['GREEN']), '<Color.GREEN: 2>')
assert_raises('Color(3)', lambda: (Color(3)), 'ValueError', '3 is not a valid Color')
assert_raises("Color['BLUE']", lambda: (Color['BLUE']), 'KeyError', "'BLUE'")
check('list(Color)', lambda: (list(Color)), '[<Color.RED: 1>, <Color.GREEN: 2>]')
check('Color.RED in Color', lambda: (Color.RED in Color), 'True')
check('Color.RED == 1', lambda: (Color.RED == 1), 'False')
check('isinstance(Color.RED, Color)', lambda: (isinstance(Color.RED, Color)), 'True')
check('len(Color)', lambda: (len(Color)), '2')
check('Flag.A | Flag.B', lambda: (Flag.A | Flag.B), '<Flag.A|B: 3>')
check('Flag.A | 4', lambda: (Flag.A | 4), '<Flag.A|4: 5>')
check('Flag(3)', lambda: (Flag(3)), '<Flag.A|B: 3>')
check('int(Flag.A | Flag.B)', lambda: (int(Flag.A | Flag.B)), '3')
check('Flag.A in (Flag.A | Flag.B)', lambda: (Flag.A in (Flag.A | Flag.B)), 'True')
check('Auto.X.value, Auto.Y.value', lambda: (Auto.X.value, Auto.Y.value), '(1, 2)')
check('use_cm()', lambda: (use_cm()), "['enter', 'val', 'exit']")
check('cm_exc()', lambda: (cm_exc()), "['enter', 'exit', 'caught']")
check('suppress()', lambda: (suppress()), "'ok'")
check("re.match(r'(\\d+)-(\\d+)', '12-34').groups()", lambda: (re.match(r'(\d+)-(\d+)', '12-34').groups()), "('12', '34')")
check("re.search(r'b+', 'aabbbc').group()", lambda: (re.search(r'b+', 'aabbbc').group()), "'bbb'")
check("re.search(r'b+', 'aabbbc').span()", lambda: (re.search(r'b+', 'aabbbc').span()), '(2, 5)')
check("re.findall(r'\\w+', 'hi there, you')", lambda: (re.findall(r'\w+', 'hi there, you')), "['hi', 'there', 'you']")
check("re.sub(r'\\s+', ' ', 'a   b \\t c')", lambda: (re.sub(r'\s+', ' ', 'a   b \t c')), "'a b c'")
check("re.sub(r'(\\w)(\\d)', r'\\2\\1', 'a1 b2')", lambda: (re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2')), "'1a 2b'")
check("re.split(r'[,;]', 'a,b;c')", lambda: (re.split(r'[,;]', 'a,b;c')), "['a', 'b', 'c']")
check("re.split(r'(,)', 'a,b')", lambda: (re.split(r'(,)', 'a,b')), "['a', ',', 'b']")
check("re.fullmatch(r'\\d+', '123') is not None", lambda: (re.fullmatch(r'\d+', '123') is not None), 'True')
check("re.match(r'x', 'y')", lambda: (re.match(r'x', 'y')), 'None')
check("re.compile(r'(?P<name>\\w+)').match('abc').group('name')", lambda: (re.compile(r'(?P<name>\w+)').match('abc').group('name')), "'abc'")
check("re.compile(r'(?P<name>\\w+)').match('abc').groupdict()", lambda: (re.compile(r'(?P<name>\w+)').match('abc').groupdict()), "{'name': 'abc'}")
check("[m.group() for m in re.finditer(r'\\d', 'a1b2')]", lambda: ([m.group() for m in re.finditer(r'\d', 'a1b2')]), "['1', '2']")
check("re.escape('a.b*c')", lambda: (re.escape('a.b*c')), "'a\\\\.b\\\\*c'")
check("re.sub(r'a', lambda m: 'X', 'banana', count=2)", lambda: (re.sub(r'a', lambda m: 'X', 'banana', count=2)), "'bXnXna'")
check("re.match(r'(a)|(b)', 'b').groups()", lambda: (re.match(r'(a)|(b)', 'b').groups()), "(None, 'b')")
check("re.match(r'(?i)ABC', 'abc').group()", lambda: (re.match(r'(?i)ABC', 'abc').group()), "'abc'")
check("re.findall(r'(\\w)=(\\d)', 'a=1 b=2')", lambda: (re.findall(r'(\w)=(\d)', 'a=1 b=2')), "[('a', '1'), ('b', '2')]")
assert_raises("re.compile('[')", lambda: (re.compile('[')), 'error', 'unterminated character set at position 0')
check("re.subn('a', 'b', 'aaa')", lambda: (re.subn('a', 'b', 'aaa')), "('bbb', 3)")
check('types.SimpleNamespace(a=1, b=2)', lambda: (types.SimpleNamespace(a=1, b=2)), 'namespace(a=1, b=2)')
check('types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1)', lambda: (types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1)), 'True')
check("types.MappingProxyType({'a': 1})['a']", lambda: (types.MappingProxyType({'a': 1})['a']), '1')
check('type(types.FunctionType).__name__', lambda: (type(types.FunctionType).__name__), "'type'")
check('typing.List[int]', lambda: (typing.List[int]), 'typing.List[int]')
check('typing.Optional[int]', lambda: (typing.Optional[int]), 'typing.Optional[int]')
check('typing.Union[int, str]', lambda: (typing.Union[int, str]), 'typing.Union[int, str]')
check('typing.Dict[str, int]', lambda: (typing.Dict[str, int]), 'typing.Dict[str, int]')
print('ok', _n, _fails)
