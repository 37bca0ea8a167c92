"""Currencies: signs, ISO codes, their abbreviations and dollar prefixes (the same in every language), read at a token.

Currency words ("euros", "Amerikaanse dollar", "Kenyan shillings") are a language's and live in its module under
factlint.lang. A newcomer adding a currency sign or abbreviation changes one of the tables below.
"""

from __future__ import annotations

import re

from factlint.extract.phrases import PhraseIndex
from factlint.extract.tokens import Cursor
from factlint.lang import Lexicon

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "元": "CNY", "₩": "KRW", "₦": "NGN",
           "₱": "PHP", "₽": "RUB", "₺": "TRY", "₴": "UAH", "₪": "ILS"}
# Signs of a hundredth of a currency: "10¢".
SUBUNIT_SYMBOLS = {"¢": "USD"}
# What marks cents: "$20 and 43c"; alone only written apart and ending the phrase ("10 c."): "30c" may be 30 °C,
# "the iPhone 5c" a phone. A "c" is a hundredth of the currency the language's "cent" is.
CENTS_MARKS = frozenset({"c", "¢"})
# Letters glued to "$" (before or after it) that say whose dollar it is: "US$", "C$", "$US", "HK$"; an ISO code
# glued to "$" ("CAD$", "MXN$") says it too. Two letters or more may stand one space apart ("HK $ 10").
DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD",
                   "HK": "HKD", "S": "SGD", "R": "BRL"}
# ISO 4217 codes in use. Left out: codes that are also words or names a number often stands beside, in capitals
# ("TOP 10", "ALL 3", "AMD 7950", "CVE 2023", "STD"), which no writer uses for those currencies anyway.
CODES = frozenset("""
AED AFN ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP
CRC CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD
IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK
MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP
SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD
XCG XOF XPF YER ZAR ZMW ZWL
""".split())
# Abbreviations that are not ISO codes, as written (case matters: "Sh" is a shilling, "sh" is not). The Dutch
# Caribbean's guilders are written by their local signs: "NAf 12,50" (Curaçao, Sint Maarten; "Cg" since 2025),
# "Afl. 20" (Aruba).
ABBREVIATIONS = {"Ksh": "KES", "KSh": "KES", "Kshs": "KES", "Sh": "KES", "Rs": "INR", "RMB": "CNY",
                 "NAf": "ANG", "Naf": "ANG", "Afl": "AWG", "Cg": "XCG"}
# A sign that is a letter, read glued to a number written as a sum is ("R9,800", "R7.5 billion", "R30 an hour"): a
# bare "R21" is a road's number, "R2" a statistic's.
LETTER_SIGNS = {"R": "ZAR"}
_SUM_DIGITS = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d\d)?|\d+[.,]\d\d")
# Codes also read in lower case ("20 usd", "rmb 10"): the common ones, none of them an English or Dutch word.
LOWER_CASE = frozenset({"usd", "eur", "gbp", "jpy", "chf", "cny", "rmb", "inr", "kes", "cad", "aud", "hkd"})
# A scale glued in front of a code: "30 MUSD", "120 MEUR", "5 kEUR".
CODE_SCALES = {"M": 1e6, "k": 1e3, "K": 1e3}


def code_of(word: str) -> str | None:
    """The currency a code or abbreviation names, as written: "USD", "Ksh", "RMB", "usd"."""
    if word in CODES:
        return word
    found = ABBREVIATIONS.get(word)
    if found is None and word in LOWER_CASE:
        found = ABBREVIATIONS.get(word.upper(), word.upper())
    return found


def scaled_code_of(word: str) -> tuple[str, float] | None:
    """A code with a scale glued in front: "MUSD" -> ("USD", 1e6)."""
    if len(word) == 4 and word[0] in CODE_SCALES and word[1:] in CODES:
        return word[1:], CODE_SCALES[word[0]]
    return None


def _dollar_prefix(word: str) -> str | None:
    """Whose dollar letters glued to "$" name: "US", "C", "cad", "HK"."""
    if word in DOLLAR_PREFIXES:
        return DOLLAR_PREFIXES[word]
    upper = word.upper()
    if len(word) >= 2 and upper in DOLLAR_PREFIXES:
        return DOLLAR_PREFIXES[upper]
    return upper if len(word) == 3 and upper in CODES else None


class Currencies(Cursor):
    """Reads a currency sign, code or word at a token."""

    lex: Lexicon
    index: PhraseIndex

    def currency_before(self, i: int, floor: int) -> tuple[str | None, int, float]:
        """A currency sign or code right before token i (a number, or the minus sign of one): ("USD", index of
        its first token, the scale a code carries)."""
        j = i - 1
        t = self.tok(j)
        if t is None or j <= floor or t.kind == "x" or self.toks[i].kind not in ("n", "s"):
            return None, i, 1.0
        spaced = self.toks[i].gap and self.text[t.end:self.toks[i].start] != " "
        if t.kind == "s" and t.text in SYMBOLS and not spaced:
            before = self.tok(j - 1)
            if before is not None and j - 1 > floor and before.kind == "w" and t.text == "$" and (
                    not t.gap or len(before.text) >= 2 and self.text[before.end:t.start] == " "):
                code = _dollar_prefix(before.text)
                if code is not None:
                    return code, j - 1, 1.0  # "US$", "C$", "HK $"
            return SYMBOLS[t.text], j, 1.0
        if t.kind == "w" and not spaced:
            # "$US1": the letters after "$" say whose dollar.
            dollar = self.tok(j - 1)
            if (dollar is not None and j - 1 > floor and dollar.text == "$" and not t.gap
                    and _dollar_prefix(t.text) is not None):
                return _dollar_prefix(t.text), j - 1, 1.0
            code = code_of(t.text)
            if code is not None:
                return code, j, 1.0  # "USD 5", "Ksh250", "RMB 10"
            scaled = scaled_code_of(t.text)
            if scaled is not None:
                return scaled[0], j, scaled[1]  # "MAUD 60"
            if t.text in LETTER_SIGNS and not self.toks[i].gap and self._written_as_sum(i):
                return LETTER_SIGNS[t.text], j, 1.0  # "R9,800", "R7.5 billion"
        if t.kind == "s" and t.text == "." and not t.gap and j - 1 > floor and self.is_word(j - 1):
            code = ABBREVIATIONS.get(self.toks[j - 1].text)
            if code is not None:
                return code, j - 1, 1.0  # "Rs. 20"
        return None, i, 1.0

    def _written_as_sum(self, i: int) -> bool:
        """Whether the number at token i is written as a sum is: with cents or thousands marked ("9,800", "7.50"; not
        a section's "2.1"), a scale after it ("7.5 billion") or a period ("30 an hour", "30 per maand")."""
        after = self.low(i + 1)
        return bool(_SUM_DIGITS.fullmatch(self.toks[i].text)) or after in self.lex.scales or \
            after in self.lex.plural_scales or after in self.lex.period_leads

    def currency_prefix_at(self, j: int) -> tuple[str | None, int]:
        """A currency sign or code starting at token j and followed by a number: (code, number index)."""
        t = self.tok(j)
        if t is None or t.kind not in ("s", "w"):
            return None, j
        if t.text in SYMBOLS and self.tok(j + 1) is not None and self.toks[j + 1].kind == "n":
            return SYMBOLS[t.text], j + 1
        if code_of(t.text) and self.tok(j + 1) is not None and self.toks[j + 1].kind == "n":
            return code_of(t.text), j + 1
        if (t.kind == "w" and _dollar_prefix(t.text) and self.low(j + 1) == "$"
                and (not self.toks[j + 1].gap or len(t.text) >= 2)
                and self.tok(j + 2) is not None and self.toks[j + 2].kind == "n"):
            return _dollar_prefix(t.text), j + 2
        return None, j

    def currency_sign_before(self, first: int) -> bool:
        """Whether a currency sign or code stands right before token `first`."""
        t = self.tok(first - 1)
        return t is not None and (t.text in SYMBOLS or code_of(t.text) is not None)

    def currency_after(self, k: int) -> tuple[str | None, int, float]:
        """The currency named at token k, after an amount: a sign, a code or a word ("euros", "US dollars",
        "Kenyan shillings"); (code, the index after it, the scale a code carries)."""
        t = self.tok(k)
        if t is None or t.kind == "x":
            return None, k, 1.0
        glued = not t.gap
        # A sign is a symbol, or a letter of its script ("元").
        if t.text in SYMBOLS and self.text[self.toks[k - 1].end:t.start] in ("", " "):
            # A sign with a number after it belongs to that number: "$ 20,000.00 $ 37,305.97".
            nxt = self.tok(k + 1)
            if nxt is not None and nxt.kind == "n" and t.text != "元":
                return None, k, 1.0
            return SYMBOLS[t.text], k + 1, 1.0
        if t.kind != "w":
            return None, k, 1.0
        if glued and self.low(k + 1) == "$" and not self.toks[k + 1].gap and _dollar_prefix(t.text):
            return _dollar_prefix(t.text), k + 2, 1.0  # "3.14US$"
        code = code_of(t.text)
        if code is not None and (t.text != "Sh" or glued):
            return code, k + 1, 1.0
        scaled = scaled_code_of(t.text)
        if scaled is not None:
            return scaled[0], k + 1, scaled[1]  # "30 MUSD"
        found = self.indexed_phrase_at(k, self.index.currency_phrases_by_first)
        if found is not None:
            return found[1], k + len(found[0]), 1.0  # "Kenyan shillings", "Swiss francs"
        currency_words = self.lex.currency_words
        if t.low in currency_words:
            return currency_words[t.low], k + 1, 1.0
        # "Canadian dollars": the adjective counts when a word for dollars follows.
        if t.low in self.lex.dollar_adjectives and currency_words.get(self.low(k + 1)) == "USD":
            return self.lex.dollar_adjectives[t.low], k + 2, 1.0
        return None, k, 1.0

    def currency_word(self, k: int) -> str | None:
        """The currency named at token k, after an amount (see currency_after)."""
        return self.currency_after(k)[0]
