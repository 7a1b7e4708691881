# An uncaught exception is reported on sys.stderr (here replaced by stdout), honouring
# sys.tracebacklimit: at 0 only the exception lines of the chain are printed.
import sys

sys.stderr = sys.stdout
sys.tracebacklimit = 0


def outer():
    inner()


def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")


print("before")
outer()
