data = {"x": [1, 2, 3]}
total = (data["x"][0]
         + data["x"][1]
         + data["y"][2])
