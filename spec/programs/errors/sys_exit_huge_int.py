# SystemExit with an int beyond a C long exits with status 255 (PyLong_AsLong fails: -1).
import sys
try:
    sys.exit(2 ** 70)
except SystemExit as e:
    print('caught', e.code)
print('exiting')
sys.exit(2 ** 70)
