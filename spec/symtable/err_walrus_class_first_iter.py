class C:
    vals = [x for x in (y := range(3))]
