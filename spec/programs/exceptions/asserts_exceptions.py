import sys
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError('v') from e
    except ValueError as e:
        return (type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
def implicit():
    try:
        try:
            {}['k']
        except KeyError:
            raise TypeError('t')
    except TypeError as e:
        return (e.__cause__, e.__suppress_context__, repr(e.__context__))
def from_none():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError from None
    except ValueError as e:
        return (e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
def reraise():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise
    except KeyError as e:
        return repr(e)
def bare_raise():
    raise
def finally_return():
    try:
        return 1
    finally:
        return 2
def finally_swallow():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
def else_clause():
    out = []
    try:
        out.append('try')
    except Exception:
        out.append('exc')
    else:
        out.append('else')
    finally:
        out.append('fin')
    return out
def group():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        r1 = repr(g)
    except* TypeError as g:
        r2 = repr(g)
    return r1, r2
def group_split():
    eg = ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])
    m, r = eg.split(TypeError)
    return repr(m), repr(r)
def notes():
    e = ValueError('x')
    e.add_note('n1')
    e.add_note('n2')
    return e.__notes__
def bad_note():
    ValueError().add_note(1)
def with_tb():
    e = ValueError('x')
    return e.with_traceback(None) is e
def exc_info_after():
    try:
        raise ValueError
    except ValueError:
        pass
    return sys.exc_info()
def nested_exc_info():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        return repr(sys.exc_info()[1])
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
class MyErr2(Exception):
    def __str__(self): return 'custom'
class NoInit(Exception):
    pass
def raise_class():
    raise MyErr
def raise_nonexc():
    raise 1
def raise_from_nonexc():
    raise ValueError from 1
def catch_nonexc():
    try:
        pass
    except 1:
        pass
    try:
        raise ValueError
    except 1:
        pass
def catch_tuple():
    try:
        raise KeyError
    except (TypeError, LookupError) as e:
        return type(e).__name__
def stop_in_gen():
    def g():
        yield 1
        raise StopIteration
    return list(g())
def assert_msg():
    assert False, ('a', 1)
def assert_plain():
    assert 1 == 2

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

check('chain()', lambda: (chain()), "('ZeroDivisionError', True, 'ZeroDivisionError')")
check('implicit()', lambda: (implicit()), '(None, False, "KeyError(\'k\')")')
check('from_none()', lambda: (from_none()), "(None, True, 'ZeroDivisionError')")
assert_raises('exc_var_cleared()', lambda: (exc_var_cleared()), 'UnboundLocalError', "cannot access local variable 'e' where it is not associated with a value")
check('reraise()', lambda: (reraise()), '"KeyError(\'a\')"')
assert_raises('bare_raise()', lambda: (bare_raise()), 'RuntimeError', 'No active exception to reraise')
check('finally_return()', lambda: (finally_return()), '2')
check('finally_swallow()', lambda: (finally_swallow()), '0')
check('else_clause()', lambda: (else_clause()), "['try', 'else', 'fin']")
check('group()', lambda: (group()), '("ExceptionGroup(\'eg\', [ValueError(1), ValueError(3)])", "ExceptionGroup(\'eg\', [TypeError(2)])")')
check('group_split()', lambda: (group_split()), '("ExceptionGroup(\'eg\', [ExceptionGroup(\'inner\', [TypeError(2)])])", "ExceptionGroup(\'eg\', [ValueError(1)])")')
check('notes()', lambda: (notes()), "['n1', 'n2']")
assert_raises('bad_note()', lambda: (bad_note()), 'TypeError', "note must be a str, not 'int'")
check('with_tb()', lambda: (with_tb()), 'True')
check('exc_info_after()', lambda: (exc_info_after()), '(None, None, None)')
check('nested_exc_info()', lambda: (nested_exc_info()), '"ValueError(\'outer\')"')
assert_raises('raise_class()', lambda: (raise_class()), 'TypeError', "MyErr.__init__() missing 2 required positional arguments: 'a' and 'b'")
assert_raises('raise_nonexc()', lambda: (raise_nonexc()), 'TypeError', 'exceptions must derive from BaseException')
assert_raises('raise_from_nonexc()', lambda: (raise_from_nonexc()), 'TypeError', 'exception causes must derive from BaseException')
assert_raises('catch_nonexc()', lambda: (catch_nonexc()), 'TypeError', 'catching classes that do not inherit from BaseException is not allowed')
check('catch_tuple()', lambda: (catch_tuple()), "'KeyError'")
assert_raises('stop_in_gen()', lambda: (stop_in_gen()), 'RuntimeError', 'generator raised StopIteration')
assert_raises('assert_msg()', lambda: (assert_msg()), 'AssertionError', "('a', 1)")
assert_raises('assert_plain()', lambda: (assert_plain()), 'AssertionError', '')
check('repr(MyErr(1, 2))', lambda: (repr(MyErr(1, 2))), "'MyErr(1)'")
check('str(MyErr(1, 2))', lambda: (str(MyErr(1, 2))), "'1'")
check('MyErr(1, 2).args', lambda: (MyErr(1, 2).args), '(1,)')
check("str(MyErr2('x'))", lambda: (str(MyErr2('x'))), "'custom'")
check("repr(MyErr2('x'))", lambda: (repr(MyErr2('x'))), '"MyErr2(\'x\')"')
check('repr(NoInit())', lambda: (repr(NoInit())), "'NoInit()'")
check('str(NoInit(1, 2))', lambda: (str(NoInit(1, 2))), "'(1, 2)'")
check("str(KeyError('k'))", lambda: (str(KeyError('k'))), '"\'k\'"')
check("str(KeyError('k', 'j'))", lambda: (str(KeyError('k', 'j'))), '"(\'k\', \'j\')"')
check('str(KeyError())', lambda: (str(KeyError())), "''")
check("repr(KeyError(''))", lambda: (repr(KeyError(''))), '"KeyError(\'\')"')
check("str(OSError(2, 'No such file'))", lambda: (str(OSError(2, 'No such file'))), "'[Errno 2] No such file'")
check("OSError(2, 'nf').errno", lambda: (OSError(2, 'nf').errno), '2')
check("OSError(2, 'nf', 'fn').filename", lambda: (OSError(2, 'nf', 'fn').filename), "'fn'")
check("str(OSError(2, 'nf', 'fn'))", lambda: (str(OSError(2, 'nf', 'fn'))), '"[Errno 2] nf: \'fn\'"')
check("type(OSError(2, 'nf')).__name__", lambda: (type(OSError(2, 'nf')).__name__), "'FileNotFoundError'")
check("repr(FileNotFoundError(2, 'x'))", lambda: (repr(FileNotFoundError(2, 'x'))), '"FileNotFoundError(2, \'x\')"')
check("str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte'))", lambda: (str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))), '"\'utf-8\' codec can\'t decode byte 0xff in position 0: invalid start byte"')
check("str(SyntaxError('msg', ('f', 1, 2, 'txt', 1, 3)))", lambda: (str(SyntaxError('msg', ('f', 1, 2, 'txt', 1, 3)))), "'msg (f, line 1)'")
check("SyntaxError('msg', ('f', 1, 2, 'txt', 1, 3)).lineno", lambda: (SyntaxError('msg', ('f', 1, 2, 'txt', 1, 3)).lineno), '1')
check('str(StopIteration(5))', lambda: (str(StopIteration(5))), "'5'")
check('StopIteration(5).value', lambda: (StopIteration(5).value), '5')
check('StopIteration().value', lambda: (StopIteration().value), 'None')
check('SystemExit(3).code', lambda: (SystemExit(3).code), '3')
check('SystemExit().code', lambda: (SystemExit().code), 'None')
check('SystemExit(1, 2).code', lambda: (SystemExit(1, 2).code), '(1, 2)')
check('BaseException.__subclasses__()[:3]', lambda: (BaseException.__subclasses__()[:3]), "[<class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'GeneratorExit'>]")
check('ValueError.__mro__', lambda: (ValueError.__mro__), "(<class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)")
check('issubclass(KeyError, LookupError)', lambda: (issubclass(KeyError, LookupError)), 'True')
check('issubclass(ModuleNotFoundError, ImportError)', lambda: (issubclass(ModuleNotFoundError, ImportError)), 'True')
check('issubclass(TimeoutError, OSError)', lambda: (issubclass(TimeoutError, OSError)), 'True')
check('issubclass(RecursionError, RuntimeError)', lambda: (issubclass(RecursionError, RuntimeError)), 'True')
check('issubclass(BrokenPipeError, ConnectionError)', lambda: (issubclass(BrokenPipeError, ConnectionError)), 'True')
check('IOError is OSError', lambda: (IOError is OSError), 'True')
check('EnvironmentError is OSError', lambda: (EnvironmentError is OSError), 'True')
check('ValueError(1) == ValueError(1)', lambda: (ValueError(1) == ValueError(1)), 'False')
assert_raises("ExceptionGroup('x', [])", lambda: (ExceptionGroup('x', [])), 'ValueError', 'second argument (exceptions) must be a non-empty sequence')
assert_raises("ExceptionGroup('x', [1])", lambda: (ExceptionGroup('x', [1])), 'ValueError', 'Item 0 of second argument (exceptions) is not an exception')
assert_raises('ExceptionGroup(1, [ValueError()])', lambda: (ExceptionGroup(1, [ValueError()])), 'TypeError', 'BaseExceptionGroup.__new__() argument 1 must be str, not int')
check("BaseExceptionGroup('x', [ValueError()]).__class__.__name__", lambda: (BaseExceptionGroup('x', [ValueError()]).__class__.__name__), "'ExceptionGroup'")
check("BaseExceptionGroup('x', [KeyboardInterrupt()]).__class__.__name__", lambda: (BaseExceptionGroup('x', [KeyboardInterrupt()]).__class__.__name__), "'BaseExceptionGroup'")
assert_raises("ExceptionGroup('x', [KeyboardInterrupt()])", lambda: (ExceptionGroup('x', [KeyboardInterrupt()])), 'TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup')
check("str(ExceptionGroup('msg', [ValueError(1), KeyError(2)]))", lambda: (str(ExceptionGroup('msg', [ValueError(1), KeyError(2)]))), "'msg (2 sub-exceptions)'")
check("ExceptionGroup('msg', [ValueError(1)]).exceptions", lambda: (ExceptionGroup('msg', [ValueError(1)]).exceptions), '(ValueError(1),)')
check("ExceptionGroup('m', [ValueError(1)]).derive([KeyError(1)])", lambda: (ExceptionGroup('m', [ValueError(1)]).derive([KeyError(1)])), "ExceptionGroup('m', [KeyError(1)])")
check("ExceptionGroup('m', [ValueError(1)]).subgroup(lambda e: False)", lambda: (ExceptionGroup('m', [ValueError(1)]).subgroup(lambda e: False)), 'None')
assert_raises("KeyError('a').with_traceback(1)", lambda: (KeyError('a').with_traceback(1)), 'TypeError', '__traceback__ must be a traceback or None')
check('ValueError().__traceback__', lambda: (ValueError().__traceback__), 'None')
check('ValueError.__new__(ValueError, 1, 2).args', lambda: (ValueError.__new__(ValueError, 1, 2).args), '(1, 2)')
check("AttributeError('x', name='n', obj=1).name", lambda: (AttributeError('x', name='n', obj=1).name), "'n'")
check("NameError('x', name='n').name", lambda: (NameError('x', name='n').name), "'n'")
check("ImportError('x', name='m', path='p').path", lambda: (ImportError('x', name='m', path='p').path), "'p'")
assert_raises("ImportError('x', foo=1)", lambda: (ImportError('x', foo=1)), 'TypeError', "'foo' is an invalid keyword argument for ImportError()")
print('ok', _n, _fails)
