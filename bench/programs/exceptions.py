# Exceptions raised and caught in a loop: user-defined exception classes with attributes,
# built-in errors raised by the runtime (KeyError, ZeroDivisionError, ValueError from int()),
# try/except/else/finally, re-raising, and exception chaining with `raise ... from`.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class RetryError(AppError):
    pass


def risky(i):
    if i % 5 == 0:
        raise RetryError(i)
    if i % 7 == 0:
        raise AppError(i)
    return i


def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(len(s)) from e


def run(n):
    caught = retried = finals = chained = 0
    table = {0: 1, 1: 2}
    for i in range(n):
        try:
            risky(i)
        except RetryError as e:
            retried += e.code % 3
        except AppError:
            caught += 1
        else:
            caught -= 0
        finally:
            finals += 1
        try:
            table[i % 3]
        except KeyError:
            caught += 1
        try:
            1 // (i % 4)
        except ZeroDivisionError:
            caught += 1
        if i % 11 == 0:
            try:
                convert("x" * (i % 4) if i % 2 else str(i))
            except AppError as e:
                chained += type(e.__cause__) is ValueError
    return caught, retried, finals, chained


print(run(560_000))
