# int / int is correctly rounded when the quotient is subnormal or underflows to zero
# (half-even at the 2**-1074 granularity), for big operands of either sign.
cases = [
    (1, 2**1074), (3, 2**1075), (1, 2**1075), (1, 2**1076), (3, 2**1076), (5, 2**1077),
    (7, 10**330), (123456789, 10**330), (2**60, 2**1130), (2**60 + 1, 2**1135),
    (10**20, 10**340), (-1, 2**1074), (1, -(2**1075)), (-3, 2**1075), (2**1000, 2**2022),
    (2**1000 + 1, 2**2022), (2**1000 - 1, 2**2050), (1, 2**1073 * 3), (10**300, 10**610),
]
for a, b in cases:
    r = a / b
    print(r, r.hex(), r == 0.0 and str(r))
print(2**-1074 == 1 / 2**1074, 5e-324 / 2, (2**1074 - 1) / 2**2148)
