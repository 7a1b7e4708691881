# os._exit ends the process at once: no atexit functions, no exception handling
import os, sys, atexit
atexit.register(print, "atexit must not run")
print("before", flush=True)
try:
    os._exit(7)
finally:
    print("finally must not run")
