def g():
    try:
        yield 1
    finally:
        print("cleaning")
it = g()
next(it)
it.throw(ValueError("thrown in"))
