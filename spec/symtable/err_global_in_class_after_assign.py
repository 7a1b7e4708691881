class C:
    x = 1
    global x
