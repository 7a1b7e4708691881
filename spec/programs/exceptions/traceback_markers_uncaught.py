# The traceback of an uncaught exception carries CPython 3.11's position markers too (written
# to sys.stderr, here stdout). After a `)` the interpreter finds the operator at the first
# non-space character, unlike the traceback module: `(1)/0` is `~~~^~` here.
import sys

sys.stderr = sys.stdout


def divide(a, b):
    return (a)/b


print('start')
result = divide(1, 0) + 1
