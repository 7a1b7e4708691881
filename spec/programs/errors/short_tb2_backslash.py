a = 1
b = a + \
    undefined_b
