def check(v):
    if v < 0:
        e = ValueError("negative")
        e.add_note(f"value was {v}")
        e.add_note("hint: pass a positive number")
        raise e
check(-3)
