text = "a,b,c"
parts = text.split(",")
result = parts[0].upper().strip().lower().replace("a", None)
