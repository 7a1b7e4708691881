class Conn:
    def __init__(self, host, port):
        self.addr = host + ":" + port
c = Conn("localhost", 8080)
