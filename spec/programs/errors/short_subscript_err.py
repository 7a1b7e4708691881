config = {"db": {"host": "h"}}
port = config["db"]["port"]
