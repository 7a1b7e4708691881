# int(x) falling back to x.__trunc__ issues CPython 3.11's DeprecationWarning (shown for
# __main__ by the default filters, once per line); math.trunc does not warn.
import sys, math

class Err:
    # The warning names the script by its absolute path: print it without the directory.
    def write(self, s):
        return sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = Err()

class T:
    def __trunc__(self):
        print("  __trunc__ called")
        return 3

class I(T):
    def __int__(self):
        return 4

for i in range(2):
    print(int(T()))
print(int(I()), math.trunc(T()))
def f():
    return int(T())
print(f())
