import sys
def f1():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(f2())
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(f3())
def f4():
    for i in range(3):
        try:
            if i == 1: raise KeyError(i)
        finally:
            if i == 1: break
    return i
print(f4())
def f5():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise ValueError
        except ValueError:
            continue
        finally:
            out.append('f')
    return out
print(f5())
def f6():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally, exc_info:', sys.exc_info()[0].__name__)
    except ValueError as e:
        return 'outer caught ' + str(e)
print(f6())
def f7():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try: f7()
except TypeError as e: print(repr(e), repr(e.__context__))
def f8():
    try:
        raise ValueError('v')
    except ValueError:
        raise
try: f8()
except ValueError as e: print('reraised', e, e.__context__)
def f9():
    e = None
    try:
        raise KeyError('k')
    except KeyError as exc:
        e = exc
    return e, sys.exc_info()
print(f9())
def f10():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise ValueError('in handler')
        except ValueError as v:
            return repr(v.__context__)
print(f10())
def f11():
    try:
        raise ValueError
    except (TypeError, ValueError) as e:
        return type(e).__name__
    except Exception:
        return 'general'
print(f11())
def f12():
    try:
        pass
    except:
        return 'never'
    else:
        return 'else branch'
    finally:
        print('f12 finally')
print(f12())
def f13():
    try:
        x = 1
    except KeyError:
        pass
    else:
        raise RuntimeError('from else')
    finally:
        print('f13 finally')
try: f13()
except RuntimeError as e: print('caught', e)
def f14():
    err = None
    try:
        raise ValueError('x')
    except ValueError as err:
        pass
    return 'err' in locals()
print(f14())
def f15():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print('value group', repr(g), g.exceptions)
    except* TypeError as g:
        print('type group', g.exceptions)
f15()
def f16():
    try:
        raise ValueError('plain')
    except* ValueError as g:
        print('wrapped', type(g).__name__, g.exceptions, g.message)
f16()
def f17():
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
        except* ValueError:
            print('handled value')
    except ExceptionGroup as rest:
        print('rest', rest.exceptions)
    except KeyError as k:
        print('bare key', k)
f17()
eg = ExceptionGroup('msg', [ValueError('a'), ExceptionGroup('inner', [TypeError('b')])])
print(eg.split(ValueError)[0].exceptions, eg.subgroup(TypeError).exceptions[0].exceptions, repr(eg), str(eg), eg.derive([KeyError()]).message)
try: ExceptionGroup('x', [])
except ValueError as e: print(e)
try: ExceptionGroup('x', [BaseException()])
except TypeError as e: print(e)
print(type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exit sees', a[0].__name__ if a[0] else None, 'exc_info', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return False
try:
    with Ctx():
        raise IndexError('in with')
except IndexError as e: print('after with', e)
def gen_finally():
    try:
        yield 1
    finally:
        print('gen finally, exc_info', sys.exc_info()[0])
g = gen_finally(); next(g)
try:
    raise KeyError('outer')
except KeyError:
    g.close()
def nested_finally_order():
    try:
        try:
            return 'a'
        finally:
            print('inner f')
    finally:
        print('outer f')
print(nested_finally_order())
def exc_var_deleted():
    try: raise ValueError
    except ValueError as e: pass
    try: e
    except NameError as ne: return str(ne)
print(exc_var_deleted())
def exc_in_except_clause_expr():
    try:
        raise ValueError
    except undefined_name_here:
        pass
try: exc_in_except_clause_expr()
except NameError as e: print('NameError', e, type(e.__context__).__name__)
def raise_class_with_args():
    raise ValueError
try: raise_class_with_args()
except ValueError as e: print(repr(e), e.args)
class NotExc: pass
try: raise NotExc
except TypeError as e: print(e)
try: raise NotExc()
except TypeError as e: print(e)
try:
    raise StopIteration
except Exception as e: print('StopIteration is Exception', isinstance(e, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception), issubclass(StopAsyncIteration, Exception), issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeDecodeError, ValueError), issubclass(TimeoutError, OSError), issubclass(EncodingWarning, Warning))
