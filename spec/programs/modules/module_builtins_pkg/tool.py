def size(x):
    return len(x)

def call_hook():
    return hook()

def hook():
    return 'original hook'
