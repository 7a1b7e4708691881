# The struct sequences of sys and time carry their module in the type name (tp_name
# 'sys.float_info'): repr of the type, __module__, __name__, __qualname__ and messages.
import sys
import time

for v in (sys.float_info, sys.version_info, sys.int_info, sys.hash_info, sys.flags, time.gmtime(0)):
    t = type(v)
    print(t, t.__module__, t.__name__, t.__qualname__, isinstance(v, tuple))
try:
    sys.float_info.x
except AttributeError as e:
    print(e)
try:
    type(sys.float_info)((1,))
except TypeError as e:
    print(e)
try:
    class X(type(sys.version_info)):
        pass
except TypeError as e:
    print(e)
print(sys.version_info[:2], sys.version_info.major, len(sys.float_info), repr(sys.int_info)[:22])
