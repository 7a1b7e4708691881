def f():
    def g():
        nonlocal nope
    y = 1
    global y
