# Every builtin exception class built with seven argument shapes: str/repr/args and its own fields;
# then OSError errno subclasses, Unicode*Error and SyntaxError argument parsing, exception attributes.
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
argsets = [(), ('msg',), ('a', 'b'), (1,), (None,), ('x', 2, 3), (1, 2, 3, 4, 5)]
for n in names:
    cls = getattr(builtins, n)
    out = []
    for a in argsets:
        try:
            e = cls(*a)
            extra = ''
            for attr in ('errno', 'strerror', 'filename', 'filename2', 'code', 'value', 'name', 'obj', 'msg', 'lineno', 'offset', 'text', 'characters_written', 'encoding', 'reason', 'start', 'end', 'object', 'path'):
                if hasattr(e, attr):
                    try:
                        extra += f' {attr}={getattr(e, attr)!r}'
                    except Exception as ex:
                        extra += f' {attr}!{type(ex).__name__}'
            out.append(f'{type(e).__name__} str={str(e)!r} repr={e!r} args={e.args!r}{extra}')
        except Exception as ex:
            out.append(f'{type(ex).__name__}:{ex}')
    print(n)
    for o in out:
        print('  ', o)
print(KeyError('k'), KeyError(), KeyError('a', 'b'), repr(KeyError("it's")), str(KeyError(None)))
e = OSError(2, 'No such file', 'f.txt'); print(type(e).__name__, e, e.errno, e.filename)
e = OSError(13, 'Denied', 'a', 0, 'b'); print(type(e).__name__, e)
for code in [1, 2, 4, 9, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3]:
    print(code, type(OSError(code, 'x')).__name__)
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code, StopIteration().value, StopIteration(1, 2).value)
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte'); print(u, u.start, u.end, u.object, u.reason)
u2 = UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)'); print(u2)
t = UnicodeTranslateError('abc', 1, 2, 'bad'); print(t)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.args)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
se = SyntaxError('bad', ('f.py', 3, 5, 'x = = 1\n')); print(se, se.filename, se.lineno, se.offset, se.text, se.args)
se2 = SyntaxError('m', ('f.py', 3, 5, 'x', 3, 7)); print(se2.end_lineno, se2.end_offset)
print(NameError('n', name='x').name, AttributeError('a', name='b', obj=1).obj, ImportError('i', name='mod', path='/p').path, ModuleNotFoundError('m').name)
try:
    ImportError('x', bad=1)
except TypeError as e:
    print(e)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2); print(m, repr(m), m.args, m.b)
class MyErr2(Exception):
    pass
print(repr(MyErr2(1, 2)), str(MyErr2()), str(MyErr2('only')), MyErr2.__mro__[1:])
e = Exception('x'); e.args = ('new', 1); print(e, repr(e)); e.args = 'abc'; print(e.args)
e = Exception(); e.__cause__ = ValueError(); print(e.__suppress_context__); e.__context__ = 5 if False else None
try:
    Exception().__cause__ = 5
except TypeError as ex:
    print(ex)
try:
    Exception().with_traceback(5)
except TypeError as ex:
    print(ex)
print(BaseException.__new__(ValueError).args, Exception.__str__(KeyError('z')), BaseException.__repr__(KeyError('z')))
