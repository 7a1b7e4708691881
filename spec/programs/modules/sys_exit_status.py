# sys.exit(status): a SystemExit instance is raised itself (its code is the exit status), None
# gives SystemExit() with no arguments, anything else is the one argument.
import sys


class MySE(SystemExit):
    pass


for a in [None, 0, "s", [1], SystemExit(3), MySE(7), KeyboardInterrupt()]:
    try:
        sys.exit(a)
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args, e.code, e is a)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.args, e.code)
print("exiting")
sys.exit(SystemExit(4))
