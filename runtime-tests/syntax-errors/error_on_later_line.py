import os


def main():
    x = [1, 2, 3]
    for i in x:
        print(i
    return 0
