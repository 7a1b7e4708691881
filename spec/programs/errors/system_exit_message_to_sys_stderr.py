# SystemExit with a non-int code prints it on sys.stderr (here replaced by stdout), status 1.
import sys

sys.stderr = sys.stdout
print("before")
raise SystemExit("goodbye")
