"""doc"""
from __future__ import annotations
"""not a docstring"""
from __future__ import division
