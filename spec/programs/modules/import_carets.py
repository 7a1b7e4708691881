# Tracebacks of failing import statements: the statement is marked with carets when it does not
# fill its line (a trailing comment, or under an if), and not when it does; the failing module's
# own frame keeps its marks. Paths are shown relative to the program's directory.
import sys
import traceback

HERE = sys.path[0]


def show(f):
    try:
        f()
    except Exception as e:
        text = "".join(traceback.format_exception(e)).replace(HERE, "D")
        print(text)


def plain():
    import nonexistent_module_zz


def with_comment():
    import nonexistent_module_zz  # a comment


def from_missing_name():
    from _import_carets_fail import value, nope  # noqa


def nested():
    if True: import nonexistent_module_zz


def second_name():
    import sys, nonexistent_module_zz


def failing_module():
    sys.modules.pop("_import_carets_fail", None)
    import _import_carets_fail  # fails inside


for case in (plain, with_comment, nested, second_name, failing_module, from_missing_name):
    print("--", case.__name__)
    show(case)
