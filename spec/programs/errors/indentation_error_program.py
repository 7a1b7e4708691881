# An indentation error is reported before anything runs.
def f():
    x = 1
      y = 2
    return x + y


print(f())
