import atexit
atexit.register(print, "cleanup after error")
raise KeyError("uncaught")
