def compute():
    return lenght([1, 2])
compute()
