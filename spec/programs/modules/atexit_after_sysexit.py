import atexit, sys
atexit.register(print, "cleanup after exit")
print("exiting")
sys.exit(3)
