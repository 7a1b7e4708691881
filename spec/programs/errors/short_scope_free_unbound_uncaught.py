def make():
    def show():
        print(data)
    show()
    data = [1]
make()
