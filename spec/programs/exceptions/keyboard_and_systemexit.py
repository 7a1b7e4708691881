# BaseException subclasses are not caught by `except Exception`.
import sys


def run(exc):
    try:
        try:
            raise exc
        except Exception:
            return 'caught by Exception'
    except BaseException as e:
        return 'caught by BaseException: ' + type(e).__name__


print(run(SystemExit(1)))
print(run(KeyboardInterrupt()))
print(run(GeneratorExit()))
print(run(ValueError()))
try:
    sys.exit('message')
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit()
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    exit_code = 4
    raise SystemExit(exit_code)
except SystemExit as e:
    print(e.code, e.args)
