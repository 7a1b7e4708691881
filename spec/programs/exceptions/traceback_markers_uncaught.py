# The traceback of an uncaught exception carries CPython 3.11's position markers too (written
# to sys.stderr, here stdout). After a `)` the interpreter finds the operator at the first
# non-space character, unlike the traceback module: `(1)/0` is `~~~^~` here.
import sys



class Out:
    # stdout, with the file's path (which depends on where the corpus is checked out) replaced.
    def write(self, s):
        return sys.stdout.write(s.replace(__file__, 'FILE'))

    def flush(self):
        sys.stdout.flush()


sys.stderr = Out()


def divide(a, b):
    return (a)/b


print('start')
result = divide(1, 0) + 1
