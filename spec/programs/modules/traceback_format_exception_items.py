# traceback.format_exception returns one string per frame (its File line and source line
# together), then the exception lines, chain separators as their own items.
import traceback


def clean(items):
    return [item.replace(__file__, "F") for item in items]


def inner():
    raise ValueError("deep")


def middle():
    inner()


def wrapper():
    try:
        middle()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


try:
    wrapper()
except RuntimeError as e:
    for item in clean(traceback.format_exception(e)):
        print(repr(item))
    print(clean(traceback.format_exception(e, chain=False)))
    print(clean(traceback.format_exception(e, limit=1)))
    print(clean(traceback.format_tb(e.__traceback__)))
    e.add_note("a note")
    print(traceback.format_exception(e)[-2:])
    print(traceback.format_exception_only(e))
