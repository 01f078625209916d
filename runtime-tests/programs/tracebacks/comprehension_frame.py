# Comprehensions run in their own frame (<listcomp>, <dictcomp>, <genexpr>) in 3.11.


def check(x):
    if x == 3:
        raise KeyError(x)
    return x


def squares(n):
    return [check(i) * check(i) for i in range(n)]


squares(2)
squares(5)
