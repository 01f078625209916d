# coding: utf-8
s = '﻿ééé�' + (1 2)
)