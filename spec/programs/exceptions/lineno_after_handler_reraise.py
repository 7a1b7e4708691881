# PEP 626: the line a finished frame reports (f_lineno) after an exception left it through
# an except clause, named or not, matching or not.


def report(f):
    try:
        f()
    except Exception as ex:
        tb = ex.__traceback__.tb_next
    else:
        print(f.__name__, "no exception")
        return
    rows = []
    while tb is not None:
        fr = tb.tb_frame
        base = fr.f_code.co_firstlineno
        rows.append((fr.f_code.co_name, tb.tb_lineno - base, fr.f_lineno - base))
        tb = tb.tb_next
    print(f.__name__, rows)


def unmatched_named():
    try:
        1 / 0
    except TypeError as err:
        pass


def unmatched_two():
    try:
        [][1]
    except TypeError as err:
        pass
    except KeyError:
        print("no")


def raise_in_named():
    try:
        1 / 0
    except Exception as err:
        {}["k"]
        pass


def raise_in_bare():
    try:
        1 / 0
    except:
        int("x")
        pass


def reraise_named():
    try:
        1 / 0
    except ZeroDivisionError as err:
        x = 1
        raise


def inner():
    try:
        raise ValueError("v")
    except KeyError as k:
        pass


def outer():
    try:
        inner()
    except ArithmeticError as a:
        pass
    return 1


def nested_handlers():
    try:
        1 / 0
    except ZeroDivisionError as a:
        try:
            raise ValueError
        except KeyError as b:
            pass


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


def after_with():
    with Quiet():
        x = 1
        1 / 0
        pass


def gen_with():
    with Quiet():
        yield 1
        [][0]
        pass


def drive_gen():
    for _ in gen_with():
        pass


for f in (after_with, drive_gen, unmatched_named, unmatched_two, raise_in_named, raise_in_bare, reraise_named, outer, nested_handlers):
    report(f)
