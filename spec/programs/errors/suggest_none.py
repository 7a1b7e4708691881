# No suggestion when nothing is close enough, or for subclasses (UnboundLocalError).
def f():
    print(total)
    total = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(zzzqqq)
