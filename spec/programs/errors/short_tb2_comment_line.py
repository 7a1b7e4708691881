values = [1, 2, 0]
ratios = [10 / v for v in values]  # compute ratios
