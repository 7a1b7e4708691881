[x for x in range(2) for y in (z := [1])]
