# sys.setrecursionlimit(n) refuses a limit the current depth already reaches. CPython's depth
# counts the call of setrecursionlimit itself (a builtin's call enters the recursion check), so
# at module level the depth is 2 and a limit of 2 is refused too.
import sys


def attempt(n):
    try:
        sys.setrecursionlimit(n)
        print('set', n)
    except RecursionError as e:
        print(e)


for n in [1, 2]:
    attempt(n)


def f(n):
    attempt(n)


def g(n):
    f(n)


f(3)
f(4)
g(4)
g(5)
print([attempt(4) for _ in [1]])


def gen():
    attempt(4)
    yield


list(gen())
setlimit = sys.setrecursionlimit


def via_alias():
    try:
        setlimit(3)
    except RecursionError as e:
        print(e)


via_alias()
try:
    list(map(sys.setrecursionlimit, [2]))
except RecursionError as e:
    print(e)
print(sys.getrecursionlimit())
