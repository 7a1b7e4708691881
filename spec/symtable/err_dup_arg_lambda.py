g = lambda x, x: 0
