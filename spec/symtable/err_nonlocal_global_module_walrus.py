def f():
    global z
    def g():
        nonlocal z
