def cleanup():
    raise OSError("cleanup failed")
try:
    {}["x"]
except KeyError:
    cleanup()
