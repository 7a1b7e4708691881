import sys, builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    cls = getattr(builtins, n)
    try:
        if n in ('BaseExceptionGroup', 'ExceptionGroup'):
            e0 = cls('m', [ValueError(1)])
            print(n, e0.args[0], repr(e0.message), len(e0.exceptions))
            continue
        e0 = cls(); e1 = cls('one'); e2 = cls('a', 2)
        print(n, repr(str(e0)), repr(str(e1)), repr(str(e2)), repr(e0), repr(e1), repr(e2), e2.args)
    except Exception as ex:
        print(n, 'ERR', type(ex).__name__, ex)
print(KeyError('k'), KeyError(), KeyError(1, 2), repr(KeyError('k')), str(KeyError('')), str(KeyError(None)))
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
ude = UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'bad'); print(ude.encoding, ude.object, ude.start, ude.end, ude.reason, ude.args)
print(UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)'))
print(UnicodeEncodeError('ascii', 'abc', 0, 2, 'x'))
print(UnicodeTranslateError('\u1234', 0, 1, 'nope'))
try: UnicodeDecodeError('x')
except TypeError as e: print('TypeError', e)
# OSError subclasses by errno
import errno
for no in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN, errno.EPIPE, errno.ECHILD, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EINTR, errno.ESRCH, 12345]:
    e = OSError(no, 'msg')
    print(no, type(e).__name__, e.errno, e.strerror, e, e.args)
e = OSError(2, 'No such file', 'path.txt'); print(type(e).__name__, e, e.filename, e.args, e.filename2)
e = OSError(2, 'No such file', 'a', None, 'b'); print(e, e.filename2)
e = OSError('just msg'); print(e, e.errno, e.strerror, e.args)
e = OSError(1, 2, 3, 4, 5, 6); print(e.args, e.errno)
e = FileNotFoundError(2, 'x'); print(type(e).__name__, e.errno, e)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
e = BlockingIOError(11, 'would block', 3); print(e.characters_written if hasattr(e, 'characters_written') else None, e)
# exception attributes
e = StopIteration(); print(e.value); e = StopIteration(1, 2); print(e.value, e.args)
e = SystemExit(); print(e.code); e = SystemExit(3, 4); print(e.code)
e = ImportError('msg', name='mod', path='/p'); print(e, e.name, e.path, e.msg, e.args)
e = ModuleNotFoundError("No module named 'zz'", name='zz'); print(e.name, type(e).__mro__[1].__name__)
t = AttributeError('a', name='nm', obj=5); print(t.name, t.obj, t)
ne = NameError('x', name='v'); print(ne.name)
sx = SyntaxError('bad', ('f.py', 3, 5, 'text line\n', 3, 8)); print(sx, sx.msg, sx.filename, sx.lineno, sx.offset, repr(sx.text), sx.end_lineno, sx.end_offset)
print(SyntaxError('plain'), SyntaxError().msg, SyntaxError('m', ('f', 1, 2, 'x')).args)
# SyntaxError from compile/eval
for src in ['1 +', 'def f(:\n pass', 'x = (1, 2', 'return 5', 'a b', 'for x in y:\nprint(x)', "'abc", '1 = x', 'f(x for x in y, 1)', 'x = yield = 3', 'del f()', 'nonlocal q', '\tif x:\n  pass\n    y']:
    try:
        compile(src, '<probe>', 'exec')
        print('compiled?!', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.filename)
try: eval('1 +* 2')
except SyntaxError as e: print('eval', e.msg, e.lineno, e.offset, repr(e.text), str(e))
try: eval('x', {}, {})
except NameError as e: print('eval name', e, e.name)
try: exec('def f():\n    x = 1\n     y = 2')
except IndentationError as e: print(type(e).__name__, e.msg, e.lineno)
# __traceback__
def lvl3(): raise ValueError('deep')
def lvl2(): lvl3()
def lvl1(): lvl2()
try: lvl1()
except ValueError as e:
    tb = e.__traceback__; linenos = []
    while tb: linenos.append((tb.tb_frame.f_code.co_name, tb.tb_lineno)); tb = tb.tb_next
    print(linenos)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e, sys.exc_info()[2] is e.__traceback__)
e = ValueError('no tb'); print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e2 = e.with_traceback(None); print(e2 is e)
t_ = TypeError('x'); t_.__traceback__ = None
try: t_.__traceback__ = 5
except TypeError as ex: print(ex)
# nested handlers
def nested():
    try:
        raise KeyError('outer')
    except KeyError:
        print(1, sys.exc_info()[1])
        try:
            raise IndexError('inner')
        except IndexError:
            print(2, sys.exc_info()[1])
        print(3, repr(sys.exc_info()[1]))
    print(4, sys.exc_info())
nested()
try:
    try: raise ValueError('a')
    except ValueError as e: raise TypeError('b') from e
except TypeError as e: print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try: raise ValueError('a')
    except ValueError: raise TypeError('b') from None
except TypeError as e: print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try: raise ValueError from 5
except TypeError as e: print(e)
try: raise 5
except TypeError as e: print(e)
try: raise ValueError('x').with_traceback(5)
except TypeError as e: print(e)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2); print(e, repr(e), e.args, e.b)
class E2(Exception):
    def __str__(self): return 'custom str'
print(E2('x'), repr(E2('x')), E2().args)
class E3(Exception): pass
print(repr(E3()), repr(E3(1)), repr(E3(1, 'a')), str(E3(1, 'a')))
try: raise E3
except E3 as e: print(type(e).__name__, e.args)
x = 'still'
try: raise E3
except E3 as x: pass
try: print(x)
except NameError as e: print('NameError', e)
print(ValueError.__mro__)
e = Exception('a'); e.args = ('b', 'c'); print(e, e.args); e.args = []; print(repr(e)); e.add_note('note1'); print(e.__notes__)
try: e.add_note(5)
except TypeError as ex: print(ex)
print(Exception('x') == Exception('x'), hash(Exception()) is not None)
