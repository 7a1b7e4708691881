def f(p, /, p):
    pass
