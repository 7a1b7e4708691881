global x
x: int = 1
y: int
global y
