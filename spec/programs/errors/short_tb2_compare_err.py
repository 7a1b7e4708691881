items = [3, "2", 1]
items.sort()
