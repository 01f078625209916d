class C:
    v = [y := i for i in range(3)]
