"""The languages factlint reads: the one registry every module asks (config, registry, extractor, checks)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from factlint.lang import en, nl
from factlint.lang.language import Language

LANGUAGES: Mapping[str, Language] = MappingProxyType({"en": en.LANGUAGE, "nl": nl.LANGUAGE})
# A document that shows no language, or names one not listed, reads as this one; messages are written in it.
DEFAULT = "en"
