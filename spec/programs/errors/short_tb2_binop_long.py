data = {"a": [1, 2]}
result = data["a"][0] + data["a"][1] * data["a"][2]
