# (helper module of import_carets.py: fails while it is being imported)
value = 1
raise ValueError("failing while imported")
