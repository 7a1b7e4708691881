H = "helper " + __name__
