# else on loops runs when the loop ends without break.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print('found at', i)
            break
    else:
        print('not found')


find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print('while finished, n =', n)
while True:
    break
else:
    print('never printed')
for i in range(3):
    if i == 1:
        continue
    print('loop body', i)
else:
    print('else after continue')
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print('inner completed for outer', outer)
