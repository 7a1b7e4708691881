x = {"a": 1}
print(f"value: {x['b']}")
