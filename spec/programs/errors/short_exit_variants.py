import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(2, "extra")
except SystemExit as e:
    print("code", e.code, e.args)
try:
    exit(5)
except SystemExit as e:
    print("exit()", e.code)
try:
    quit()
except SystemExit as e:
    print("quit()", e.code)
def f():
    try:
        sys.exit(4)
    finally:
        print("finally runs on exit")
try:
    f()
except SystemExit as e:
    print(e.code)
try:
    sys.exit([1, 2])
except BaseException as e:
    print(type(e).__name__, e)
print(issubclass(SystemExit, Exception))
try:
    try:
        sys.exit(1)
    except Exception:
        print("not caught by Exception")
except SystemExit:
    print("caught by SystemExit")
sys.exit([1, 2])
