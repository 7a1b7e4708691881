# finally blocks run during SystemExit; the exit status comes from the code.
import sys

try:
    print('in try')
    sys.exit(2)
finally:
    print('finally runs before exit')
