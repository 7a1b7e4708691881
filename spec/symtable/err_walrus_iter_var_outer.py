[[(i := 0) for j in range(2)] for i in range(3)]
