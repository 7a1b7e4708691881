e = ValueError("x")
e.add_note("note line")
raise e
