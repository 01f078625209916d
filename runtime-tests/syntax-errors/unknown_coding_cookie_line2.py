#!/usr/bin/python
# coding: foo
x=1
