# An exception in an atexit callback is reported as CPython's unraisable-exception hook does:
# no frame of the atexit machinery, no "Did you mean" suggestion, then the exit status of
# the program (here sys.exit(2)) is kept.
import atexit
import sys


class Failure(Exception):
    pass


def last():
    prnt("never")


def first():
    raise Failure("boom")


atexit.register(last)
atexit.register(first)
print("main done")
sys.exit(2)
