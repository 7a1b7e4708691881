# The __context__ of the GeneratorExit close() throws in (the caller's handled exception, or the
# generator's own) and of exceptions throw() sends (the generator's own only).
def g():
    try:
        raise KeyError("inside")
    except KeyError:
        try:
            yield
        except GeneratorExit as e:
            print("ctx", repr(e.__context__))
            raise
x = g(); next(x); x.close()
try:
    raise TypeError("caller")
except TypeError:
    x = g(); next(x); x.close()
def sub():
    try:
        yield
    except GeneratorExit as e:
        print("sub ctx", repr(e.__context__))
        raise
def outer():
    try:
        yield from sub()
    except GeneratorExit as e:
        print("outer ctx", repr(e.__context__))
        raise
try:
    raise TypeError("caller2")
except TypeError:
    x = outer(); next(x); x.close()
def fin():
    try:
        yield
    finally:
        raise ValueError("from finally")
try:
    raise TypeError("caller3")
except TypeError:
    x = fin(); next(x)
    try: x.close()
    except ValueError as e: print("fin", repr(e.__context__), repr(e.__context__.__context__))
def g():
    try:
        raise KeyError("inside")
    except KeyError:
        try:
            yield
        except BaseException as e:
            print("ctx", type(e).__name__, repr(e.__context__))
            raise
x = g(); next(x)
try: x.throw(ValueError("v"))
except ValueError: pass
try:
    raise TypeError("caller")
except TypeError:
    x = g(); next(x)
    try: x.throw(ValueError("v"))
    except ValueError: pass
    x = g(); next(x)
    try: x.throw(ValueError)
    except ValueError: pass
