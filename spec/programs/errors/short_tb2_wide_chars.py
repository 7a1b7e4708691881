naïve = {"café": 1}
résumé = naïve["café"] + naïve["thé"]
