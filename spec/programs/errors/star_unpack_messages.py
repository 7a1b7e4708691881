for src in ["{*5}", "[*5]", "(*5,)", "print(*5)", "{*5, 1}", "{1, *5}"]:
    try:
        eval(src)
    except TypeError as e:
        print(e)
