# An uncaught TypeError from calling a function with a missing argument.
def area(width, height):
    return width * height


print(area(2, 3))
shapes = [(4, 5), (6,)]
for shape in shapes:
    print(area(*shape))
