def run():
    return 'tool.run called'


if __name__ == '__main__':
    print('tool executed as a script')
else:
    print('tool imported as', __name__)
