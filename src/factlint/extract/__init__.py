"""Extraction: every figure in a text, with its value, kind, unit, period and qualifier. Pure."""

from factlint.extract.reader import Figure, extract

__all__ = ["Figure", "extract"]
