# SystemExit with a string prints it to stderr and exits with status 1.
def main():
    print('about to exit')
    raise SystemExit('fatal: configuration missing')


main()
