# sys.exit with an integer status prints nothing to stderr.
import sys

print('exiting with 3')
sys.exit(3)
print('never printed')
