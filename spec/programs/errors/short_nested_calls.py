def parse(s):
    return int(s)
def load(items):
    return [parse(x) for x in items]
def main():
    data = load(["1", "2", "x3"])
    print(data)
print("start")
main()
