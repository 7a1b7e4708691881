# Exact comparisons between ints, floats and bools, including huge values.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) == 2 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float('inf'))
print(1 == 1.0 == True, 0 == -0.0 == False, type(1) is type(True))
print(0.1 + 0.2 > 0.3, 1 / 3 == 0.3333333333333333)
print(3 < 3.5 < 4 < 10 ** 30, 5 != 5.0, 5 <= 5.0 < 5.000001)
print(sorted([3, 2.5, True, -1, 10 ** 20, 1e19]))
print(max([1, 1.0]), max([1.0, 1]), min(True, 1), min(1, True))
print(float('nan') in [float('nan')], (n := float('nan')) in [n])
