print("sub imported")
S = 5
