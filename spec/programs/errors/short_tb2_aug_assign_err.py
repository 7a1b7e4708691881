totals = {"a": 1}
totals["b"] += 5
