# round() uses round-half-to-even; float results depend on exact binary values.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
print(round(7, 2), round(-0.4), round(0.49999999999999994), round(1e20))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(2.5, None))
