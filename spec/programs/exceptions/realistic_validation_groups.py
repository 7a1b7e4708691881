import sys
class ValidationError(ValueError):
    def __init__(self, field, problems):
        self.field = field
        self.problems = list(problems)
        super().__init__(f"{field}: {'; '.join(problems)}")
def validate(rec):
    errors = []
    if not rec.get("name"):
        errors.append(ValidationError("name", ["required"]))
    age = rec.get("age")
    probs = []
    if not isinstance(age, int): probs.append(f"not an int: {age!r}")
    elif age < 0: probs.append("negative")
    if probs: errors.append(ValidationError("age", probs))
    if errors:
        raise ExceptionGroup("invalid record", errors)
    return True
for rec in [{"name": "a", "age": 3}, {"age": -1}, {"name": "b", "age": "x"}]:
    try:
        print(validate(rec))
    except* ValidationError as eg:
        print(type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])
try:
    raise ExceptionGroup("mixed", [KeyError("k"), ValueError("v"), TypeError("t")])
except* KeyError as g:
    print("keys", g.exceptions)
except* (ValueError, TypeError) as g:
    print("vt", len(g.exceptions), repr(g))
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(str(eg), eg.args[0], len(eg.exceptions))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", [1])
except TypeError as e:
    print(type(e).__name__, e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("first")
        except KeyError:
            log.append("except")
            raise ValueError("second")
        finally:
            log.append("finally-inner")
    except ValueError as e:
        log.append(f"outer {e!r} ctx={e.__context__!r}")
    finally:
        log.append("finally-outer")
    return log
print(cleanup_order())
def suppress_ctx():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        return e.__cause__ is e.__context__, e.__suppress_context__
print(suppress_ctx())
def exc_in_finally():
    try:
        raise ValueError("body")
    finally:
        try:
            raise TypeError("finally")
        except TypeError:
            pass
try:
    exc_in_finally()
except ValueError as e:
    print("still body:", e, e.__context__)
def replaced():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("wins")
try:
    replaced()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def loop_handlers():
    out = []
    for i in range(4):
        try:
            if i % 2: raise IndexError(i)
            out.append(i)
        except IndexError as e:
            out.append(f"E{e}")
            continue
        finally:
            out.append("f")
    return out
print(loop_handlers())
print(sys.exc_info()[0])
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
class CustomRepr(Exception):
    def __repr__(self): return "CustomRepr!"
print(repr(CustomRepr("x")), str(CustomRepr("x")), [CustomRepr()])
e = OSError(2, "No such file or directory", "foo.txt")
print(e, e.errno, e.strerror, e.filename, repr(e), type(e).__name__)
print(FileNotFoundError(2, "nf"), isinstance(FileNotFoundError(), OSError), OSError(2, "x").__class__.__name__)
e = KeyError("a")
e.args = ("b", "c")
print(e, e.args)
e = StopIteration(5)
print(e.value, repr(e))
try:
    raise SystemExit("bye")
except SystemExit as se:
    print("caught exit", se.code, se)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as b:
    print("base", type(b).__name__)
def gen_exc():
    try:
        yield 1
    except Exception as e:
        yield f"gen caught {type(e).__name__}"
g = gen_exc(); next(g)
print(g.throw(ZeroDivisionError))
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad").reason, str(UnicodeEncodeError("ascii", "é", 0, 1, "nope")))
class WithNotes(Exception): pass
try:
    try:
        raise WithNotes("base")
    except WithNotes as e:
        e.add_note("context 1")
        e.add_note("context 2")
        raise
except WithNotes as e:
    print(e.__notes__, str(e))
raise ValidationError("email", ["bad format", "too long"])
