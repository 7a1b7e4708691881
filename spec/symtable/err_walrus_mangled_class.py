class C:
    vals = [(__p := 1) for __p in range(3)]
