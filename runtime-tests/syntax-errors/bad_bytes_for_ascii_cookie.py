# coding: ascii
x = 'ÿ'
