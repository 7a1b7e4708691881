class MyErr(Exception):
    pass
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise MyErr("ctx")
except MyErr as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError("a", "b")), str(KeyError()), repr(ValueError()), str(ValueError(1, 2)))
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
print(FileNotFoundError.__mro__)
print(issubclass(FileNotFoundError, OSError), issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(ZeroDivisionError.__bases__, ArithmeticError.__bases__, UnicodeDecodeError.__mro__[1:])
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(h())
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple catch", type(e), e.args)
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer", e)
e = Exception("a", 1)
print(e.args, str(e), repr(e))
e.args = ("changed",)
print(e)
ex = ValueError("msg")
ex.add_note("note 1") if hasattr(ex, "add_note") else None
print(ex.__notes__ if hasattr(ex, "__notes__") else None)
try:
    raise Exception
except Exception as e:
    print(repr(e), e.__traceback__ is not None)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise
except KeyError as e:
    print("reraised", e)
def gen_exc():
    try:
        yield
    except Exception as e:
        print("in gen", e)
try:
    raise ValueError("v")
except ValueError:
    import sys
    print(sys.exc_info()[0], sys.exc_info()[1])
print(sys.exc_info())
class CustomStr(Exception):
    def __str__(self):
        return "custom!"
print(CustomStr(), repr(CustomStr(1)))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    try:
        pass
    except NotExc:
        pass
    raise ValueError
except TypeError as e:
    print("TypeError:", e)
except ValueError:
    print("no check when not raised")
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, KeyError.__name__, AttributeError("x", name="n", obj=1).name)
try:
    None.foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    int.foo
except AttributeError as e:
    print(e)
import math
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    [1][1.0]
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    (lambda x, *, y: 0)(1, 2)
except TypeError as e:
    print(e)
try:
    (lambda x: 0)(y=2)
except TypeError as e:
    print(e)
try:
    (lambda x: 0)()
except TypeError as e:
    print(e)
try:
    (lambda x, y: 0)(1, x=1)
except TypeError as e:
    print(e)
try:
    (lambda *, k: 0)()
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([])
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [] < {}
except TypeError as e:
    print(e)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    [1, 2] * 1.5
except TypeError as e:
    print(e)
try:
    del [].x
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(e, e.name)
