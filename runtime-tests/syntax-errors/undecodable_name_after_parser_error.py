# coding: utf-8
x = (1 2) + ÿ
