def build(keys):
    return {k: len(k) for k in keys}
build(["a", None])
