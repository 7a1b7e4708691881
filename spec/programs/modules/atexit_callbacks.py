import atexit
def bye(name, punct="!"):
    print("goodbye", name + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def decorated():
    print("decorated runs first")
def removed():
    print("never")
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
def bad():
    raise ValueError("boom in atexit")
atexit.register(bad)
try:
    atexit.register(5)
except TypeError as e:
    print(e)

print("main done")
