def f():
    '''doc'''
    if x:
