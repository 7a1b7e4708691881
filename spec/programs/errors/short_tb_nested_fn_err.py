def make():
    def helper(v):
        return v["key"]
    return helper
h = make()
h({"other": 1})
