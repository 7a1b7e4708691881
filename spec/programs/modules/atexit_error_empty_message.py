# An atexit callback's exception without a message is reported as "Type: " (the
# unraisable hook writes the separator before the empty str()).
import atexit
import sys


def quiet():
    raise ValueError


atexit.register(quiet)
print("registered")
sys.exit(3)
