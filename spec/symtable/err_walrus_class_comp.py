class C:
    vals = [(y := x) for x in range(3)]
