def f():
    global g
    [g for _ in range(1)]
    [(g := 1) for _ in range(1)]

def h():
    nonlocal_target = 0
    def inner():
        nonlocal nonlocal_target
        return [(nonlocal_target := i) for i in range(3)]
    return inner
