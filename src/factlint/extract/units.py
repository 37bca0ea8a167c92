"""What an amount measures: a percent sign or word, a currency after it, a period, or the noun it counts."""

from __future__ import annotations

from factlint.extract.amounts import Amount
from factlint.extract.phrases import PhraseIndex
from factlint.extract.subunits import Subunits
from factlint.extract.tokens import DASHES, HYPHENS, QUOTES

GLUING_DASHES = ("–",)  # an en dash between two words with no space joins a compound ("image–text pairs")


SIZE_NOUN_WORDS = 3  # words from a group's size to its "of": "a 5,000-strong young workforce of …"
DURATIONS = frozenset({"day", "week", "month", "year"})  # periods (lexicon.period_units' values) of a duration
PORTION_WORDS = 2  # words of the noun phrase after a portion noun ("pieces of disturbing text")


class Units(Subunits):
    """Reads the unit, period and counted noun that follow an amount."""

    index: PhraseIndex

    def units_after(self, amount: Amount, k: int) -> int:
        """Read "%", "percent", a currency sign, code or word, or a sub-unit ("cents") after an amount; the next
        index."""
        t = self.tok(k)
        if t is None or t.kind == "x":
            return k
        if t.text in HYPHENS and not t.gap and self.is_word(k + 1) and not self.toks[k + 1].gap and (
                self.indexed_phrase_at(k + 1, self.index.percent_by_first) is not None or self.currency_word(k + 1)
                or self.toks[k + 1].text in self.lex.percent_suffixes):  # "the 3-pc rise"
            k += 1  # "a 3-percent raise", "a 5-dollar bill": the unit hyphened as an adjective
            t = self.toks[k]
        if t.text == "%" and (not t.gap or self.text[self.toks[k - 1].end:t.start] == " "):
            amount.percent = True
            return k + 1
        if t.kind == "w" and not t.gap and t.text in self.lex.percent_suffixes:
            amount.percent = True  # "60pc"
            return k + 1
        found = self.indexed_phrase_at(k, self.index.percent_by_first) if t.kind == "w" else None
        if found is not None:
            amount.percent = True
            return k + len(found[0])
        if t.text == "," and not t.gap and self.tok(k + 1) is not None and self.toks[k + 1].text in DASHES and not self.toks[k + 1].gap:
            rest = k + 2
            if self.currency_word(rest) or self.currency_sign_before(amount.first):
                amount.currency = amount.currency or self.currency_word(rest)
                k = rest  # "€ 90,-"
                t = self.tok(k)
                if t is None:
                    return k
        named = self.named_subunit(amount, k)
        if named != k:
            return named
        code, after, scale = self.currency_after(k)
        if code is not None:
            amount.currency = code
            if scale != 1:
                self.scale(amount, scale, amount.last)  # "30 MUSD"
            return after
        return self.subunit_after(amount, k)

    def period_after(self, last: int, *, adverbs: bool) -> tuple[str | None, int]:
        """A period phrase right after token `last`: ("hour", its last token index)."""
        lex = self.lex
        k = last + 1
        t = self.tok(k)
        if t is None or t.kind == "x":
            return None, last
        if t.text == "/" and self.is_word(k + 1) and self.low(k + 1) in lex.period_units:
            return lex.period_units[self.low(k + 1)], k + 1
        if t.kind == "w":
            found = self.indexed_phrase_at(k, self.index.period_abbreviations_by_first)
            if found is not None:
                return found[1], k + len(found[0]) - 1  # "p/m", "p.a."
            if t.low in lex.period_leads and self.is_word(k + 1) and self.low(k + 1) in lex.period_units:
                return lex.period_units[self.low(k + 1)], k + 1
            if adverbs and t.low in lex.period_adverbs:
                return lex.period_adverbs[t.low], k
        return None, last

    def counted_noun(self, k: int, vague: bool) -> tuple[str | None, int | None]:
        """The head noun counted by a number starting at token k, and its index."""
        lex = self.lex
        if vague and self.low(k) in lex.linking_words:
            k += 1
            if self.low(k) in lex.currency_words:
                return self.low(k), k
        t = self.tok(k)
        if t is not None and t.kind == "s" and t.text == "-" and not t.gap and (after := self.tok(k + 1)) is not None \
                and after.kind == "w" and not after.gap and (
                after.low in lex.period_units or after.low in lex.hyphen_counts):
            # "a 40-hour week", "a 3-day strike", "a 40-minute commute", "a 10-person team": as "a forty-minute …"; a
            # group's size counts what its "of" names: "a 4-member team of researchers" counts researchers
            if after.low in lex.hyphen_sizes and (named := self._size_of(k + 2))[0] is not None:
                return named
            return after.low, k + 1
        if t is not None and t.kind == "w" and t.low in lex.period_units and self.period_after(k, adverbs=False)[0]:
            return t.low, k  # "veertig uur per week": a time counted per period
        if t is not None and t.kind == "w" and lex.period_units.get(t.low) in DURATIONS:
            return t.low, k  # "al vier jaar": a duration, where Dutch writes the unit singular ("uur" may be a time)
        words: list[int] = []
        j = k
        if self.low(k) in lex.count_adjectives and self.is_word(k + 1) and self._nounish(self.low(k + 1)):
            j = k + 1  # "twenty other sources", "twintig andere bronnen": the noun after the adjective is counted
        while len(words) < 3:
            t = self.tok(j)
            if t is None or t.kind == "x":
                break
            if t.kind == "s" and t.text in QUOTES:
                j += 1
                continue
            if t.kind == "s" and t.text in GLUING_DASHES and words and not t.gap and (
                    after := self.tok(j + 1)) is not None and after.kind == "w" and not after.gap \
                    and after.low not in lex.any_stopwords and not self.toks[words[-1]].low.endswith(
                        tuple(lex.plural_endings)):
                # "9.8 billion image–text pairs": a compound joined by a dash counts its last part (not a plural before
                # an aside: "150 passages–harrowing descriptions of abuse–a day")
                words.pop()
                j += 1
                continue
            if t.kind != "w" or not self._nounish(t.low):
                break
            words.append(j)
            j += 1
        if not words:
            return None, None
        # Skip words that modify the next one ("text passages", "Keniaanse arbeiders"), up to two.
        pick = 0
        while pick + 1 < len(words) and pick < 2:
            word, following = self.toks[words[pick]].low, self.toks[words[pick + 1]].low
            if any(modifies(word, following) for modifies in lex.modifier_rules):
                pick += 1
            elif pick + 2 < len(words) and not word.endswith(tuple(lex.plural_endings)) \
                    and word not in lex.irregular_plurals and any(
                    modifies(following, self.toks[words[pick + 2]].low) for modifies in lex.modifier_rules):
                pick += 2  # "150 awful text snippets": an adjective before a noun that modifies the plural
                break
            else:
                break
        at = words[pick]
        if self.toks[at].low in lex.portion_nouns:
            # "150 pieces of text", "150 stukjes tekst": what the portions are of is counted.
            # The noun phrase's head is its last word: "pieces of disturbing text".
            j = at + 2 if self.low(at + 1) in lex.linking_words else at + 1
            head = None
            while j <= at + PORTION_WORDS + 1 and self.is_word(j) and self._nounish(self.low(j)) and \
                    self.low(j) not in lex.period_units and self.low(j) not in lex.linking_words:
                head, j = j, j + 1
            if head is not None:
                return self.low(head), head
        return self.toks[at].low, at

    def _size_of(self, j: int) -> tuple[str | None, int | None]:
        """The noun a group whose size is hyphened before token j is "of": "team of AI ethics researchers" ->
        researchers; none without one."""
        for step in range(SIZE_NOUN_WORDS):
            if self.low(j + step) in self.lex.linking_words:
                return self.counted_noun(j + step + 1, False) if step else (None, None)
            if not self.is_word(j + step):
                break
        return None, None

    def _nounish(self, word: str) -> bool:
        return len(word) >= 2 and word not in self.index.not_nouns
