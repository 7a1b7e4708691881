# try/except/finally inside functions called many times (their bodies run compiled, and a
# handler is re-entered there after the exception is unwound): matching, fall-through, nested
# handlers, finally on every path, re-raise and chaining, sys.exc_info, the except variable's
# deletion, return from handlers, exceptions raised by helpers (KeyError, ZeroDivisionError).
import sys


class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def classify(i, table):
    try:
        if i % 3 == 0:
            raise AppError(i)
        v = table[i % 5]
        return 10 // (i % 4) + v
    except AppError as e:
        return -e.code
    except KeyError as e:
        return 1000 + e.args[0]
    except ZeroDivisionError:
        return -1
    finally:
        table["calls"] = table.get("calls", 0) + 1


def nested(i):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            return "even"
        except ValueError:
            info = sys.exc_info()
            if i % 5 == 1:
                raise TypeError("inner") from None
            return "odd " + info[0].__name__
        finally:
            pass
    except TypeError as e:
        return f"outer {e} {e.__cause__} {e.__suppress_context__} {type(e.__context__).__name__}"


def reraise(i):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            if i % 2:
                raise
            raise RuntimeError("wrapped")
    except (KeyError, RuntimeError) as e:
        return type(e).__name__, repr(e.__context__)


def unbound_after(i):
    e = "before"
    try:
        raise OSError(i)
    except OSError as e:
        pass
    try:
        return e
    except NameError as err:
        return str(err)


def loop_inside(n):
    total = 0
    for i in range(n):
        try:
            total += [1, 2, 3][i % 5]
        except IndexError:
            total -= 1
    return total


def deep(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return deep(n - 1)
    except LookupError as e:
        if n % 100 == 0:
            raise
        raise LookupError(f"at {n}") from e


table = {0: 1, 1: 2, 2: 3}
print([classify(i, table) for i in range(12)], table["calls"])
out = []
for i in range(400):
    out.append(classify(i, table))
    out.append(nested(i))
    out.append(reraise(i))
    out.append(unbound_after(i))
print(out[-8:], table["calls"], sum(x for x in out if type(x) is int))
print(loop_inside(300), [loop_inside(k) for k in range(6)])
try:
    deep(350)
except LookupError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__ or e.__context__
    print(len(chain), chain[:3], chain[-2:])
print(sys.exc_info())
