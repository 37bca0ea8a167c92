"""Extraction: every figure in a text, with its value, kind, unit, period and qualifier. Pure."""

from factlint.extract.figure import Figure
from factlint.extract.reader import extract

__all__ = ["Figure", "extract"]
