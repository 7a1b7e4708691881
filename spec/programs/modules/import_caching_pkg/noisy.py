print('noisy module body runs')
loads = 1
