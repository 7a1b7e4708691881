import math
orig = math.sqrt
math.sqrt = lambda x: "patched"
import math as m2
print(m2.sqrt(4))
math.sqrt = orig
print(math.sqrt(16))
import sys
mod = sys.modules[__name__]
def greet():
    return "hello"
def caller():
    return greet()
mod.greet = lambda: "patched hello"
print(caller())
setattr(mod, 'NEWVAL', 42)
print(NEWVAL)
class Svc:
    def run(self):
        return "real"
s = Svc()
Svc.run = lambda self: "fake"
print(s.run())
s.run = lambda: "instance"
print(s.run(), Svc().run())
del s.run
print(s.run())
import builtins
orig_len = builtins.len
builtins.len = lambda x: -1
print(len([1, 2]))
builtins.len = orig_len
print(len([1, 2]))
