# isinstance/issubclass walk nested tuples and objects' __bases__ under the recursion limit: a
# cycle of several bases ends with RecursionError at once (not after trying every path), and the
# nesting counts against the same limit as Python calls.
import sys

class Loop:
    @property
    def __bases__(self):
        return (self, self, self)

sys.setrecursionlimit(200)
try:
    issubclass(Loop(), int)
except RecursionError as e:
    print("RecursionError from a cycle of bases")

nested = (str,)
for _ in range(300):
    nested = (nested,)
for f, arg in ((isinstance, ""), (issubclass, str)):
    try:
        f(arg, nested)
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)

shallow = (str,)
for _ in range(50):
    shallow = (shallow,)
print(isinstance("", shallow), issubclass(str, shallow), isinstance(1, shallow))

def deep(n):
    # Python frames and the tuple nesting share the limit.
    if n == 0:
        return isinstance("", shallow)
    return deep(n - 1)
print(deep(100))
try:
    deep(170)
except RecursionError:
    print("RecursionError with frames plus nesting")

# A finite diamond of abstract bases is still answered.
class Node:
    def __init__(self, *bases):
        self.__bases__ = bases
top = Node()
left, right = Node(top), Node(top)
bottom = Node(left, right)
print(issubclass(bottom, top), issubclass(top, bottom), issubclass(bottom, Node(top)))
