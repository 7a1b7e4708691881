try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
except ValueError:
    raise TypeError("final")
