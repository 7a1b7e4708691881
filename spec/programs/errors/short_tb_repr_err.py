class Bad:
    def __repr__(self):
        raise ValueError("no repr")
print([1, 2])
print([Bad()])
