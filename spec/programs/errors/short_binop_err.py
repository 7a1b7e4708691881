a = 5
b = "3"
total = a + b * 2
