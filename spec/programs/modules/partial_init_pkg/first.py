import partial_init_pkg.second as second
A = "a"
def get_b():
    return second.B
