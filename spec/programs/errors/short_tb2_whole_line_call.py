def boom():
    raise ValueError("x")
def caller():
    boom()
caller()
