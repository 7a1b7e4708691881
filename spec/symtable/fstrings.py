name = "x"
s = f"{name!r:>{width}} {value:{fmt}.{prec}} {nested['k']}"
def f(v):
    return f"{v} {outer_var} {[i for i in v]}"
