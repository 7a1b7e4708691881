values = [3, 2, 1, 0]
inv = {v: 10 // v for v in values}
