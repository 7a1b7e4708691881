# A keyword argument given twice in a call is a SyntaxError at compile time (nothing runs).
print("never printed")
def f(**kw):
    return kw
print(f(a=1, b=2, a=3))
