def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    except ValueError as e:
        raise TypeError("middle") from e
def level1():
    try:
        level2()
    except TypeError:
        raise RuntimeError("top")
level1()
