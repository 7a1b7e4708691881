try:
    int("x")
except ValueError:
    print("handling")
    [][1]
