# nonlocal through several levels: each level may rebind the same cell.
def level1():
    x = 1
    trace = []

    def level2():
        nonlocal x
        x += 10

        def level3():
            nonlocal x
            x += 100

            def level4():
                nonlocal x
                x += 1000
                trace.append(('l4', x))
            level4()
            trace.append(('l3', x))
        level3()
        trace.append(('l2', x))
    level2()
    trace.append(('l1', x))
    return trace


for step in level1():
    print(step)
