"""Words as matching reads them: content words, their keys (stems and paraphrase classes) and their weights.

A word is known by its keys: its Snowball stem in every language (a draft in one language quotes words
of another; a claim's keywords mix them) and the paraphrase class it belongs to ("earn", "paid" and
"loon" share "@pay"). How rare a word is in the languages' prose (a background frequency table) says how
much it tells which claim a sentence is about: "people" little, "annotators" much. Pure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from factlint.lang import ALL_STOPWORDS, LANGUAGES, frequency
from factlint.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
COMMON = 6.3  # Zipf frequency from which a word weighs the least ("people", "time", "mensen")
RARE = 3.3  # and from which down it weighs the most ("annotators", "kobalt")
LIGHTEST = 0.05
COMPOUND = 8  # letters from which a word may be a compound whose last part gives its meaning
MAX_CUT = 4  # letters a stem may drop from a word and still stand for the word's paraphrase class
_STOP = frozenset(fold(w) for w in ALL_STOPWORDS)
_FINDING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.finding_words)


def words(text: str) -> list[str]:
    """Content words in order: folded, possessives dropped, numbers, stop words and single letters left out."""
    folded = fold(text)
    if "’" in folded:
        folded = folded.replace("’", "'")
    out = []
    for w in _WORD.findall(folded):
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 1 and w not in _STOP:
            out.append(w)
    return out


@functools.cache
def _stemmers() -> tuple:  # type: ignore[type-arg]
    import snowballstemmer  # uses PyStemmer's C code when that is installed

    return tuple(snowballstemmer.stemmer(language.stemmer) for language in LANGUAGES.values())


@functools.cache
def _classes() -> Mapping[str, str]:
    """Stem (in any language) of every paraphrase word -> "@meaning"."""
    out: dict[str, str] = {}
    for language in LANGUAGES.values():
        for meaning, forms in language.paraphrases.items():
            for form in forms:
                if " " in form:
                    continue  # a phrase's words mean it only together (_phrase_classes)
                for w in words(form):
                    for s in _stems(w):
                        out.setdefault(s, "@" + meaning)
    return MappingProxyType(out)


@functools.cache
def _acting() -> frozenset[str]:
    """The paraphrase classes of groups of people that also hold their work ("labelling" is "@data-worker", as a
    "labeller" is): a word of the work shares its group's class and stem."""
    groups = _groups()[0]
    out = set()
    for language in LANGUAGES.values():
        for meaning, forms in language.paraphrases.items():
            for form in (fold(f) for f in forms if " " not in f):
                if any(s in groups and not _names(form, groups[s][1]) for s in _stems(form)):
                    out.add("@" + meaning)
    return frozenset(out)


@functools.cache
def _phrase_classes() -> Mapping[tuple[str, str], str]:
    """The two-word paraphrases ("take home"), by their words as written (folded) -> "@meaning"."""
    out: dict[tuple[str, str], str] = {}
    for language in LANGUAGES.values():
        for meaning, forms in language.paraphrases.items():
            for form in forms:
                parts = fold(form).split()
                if len(parts) == 2:
                    out[(parts[0], parts[1])] = "@" + meaning
    return MappingProxyType(out)


@functools.cache
def _compound_classes() -> Mapping[str, str]:
    """The paraphrase words, as written (folded), of the languages that write compounds as one word."""
    return MappingProxyType({fold(form): "@" + meaning for language in LANGUAGES.values() if language.compounds
                             for meaning, forms in language.paraphrases.items() for form in forms if " " not in form})


@functools.cache
def _inflections() -> tuple:  # type: ignore[type-arg]
    """Each language's stemmer with the verb endings it leaves on ("verdient": Dutch Snowball keeps the t)."""
    return tuple((stemmer, tuple(language.inflection_endings))
                 for stemmer, language in zip(_stemmers(), LANGUAGES.values()) if language.inflection_endings)


@functools.lru_cache(maxsize=1 << 16)
def _stem_set(word: str) -> frozenset[str]:
    stems = {s.stemWord(word) for s in _stemmers()}
    for stemmer, endings in _inflections():
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= INFLECTED_STEM:
                stems.add(stemmer.stemWord(word[:-len(ending)]))  # "onderscheidt" is "onderscheid"'s too
    return frozenset(stems)


PERSON = "~p"  # marks the stem of a noun naming a group of people ("research~p" of "researchers")
INFLECTED_STEM = 4  # letters a stem keeps once a verb ending is taken off ("werkt" -> "werk")


def _stems(word: str) -> set[str]:
    return set(_stem_set(word))


@functools.lru_cache(maxsize=1 << 16)
def keys(word: str) -> frozenset[str]:
    """A folded content word's keys: its stem in each language, and its paraphrase class if it has one."""
    stems = _stems(word)
    classes = _classes()
    # A stem that cuts much of the word off says little of its meaning: "personalized" -> "person".
    groups = _groups()[0]
    # A word that shares a group noun's stem but cannot name the group is another word: "onderzoek" (research) is
    # no "onderzoeker", "research" no "researcher". A noun of the group keeps its stem apart from the action's.
    naming = {s: _names(word, groups[s][1]) for s in stems if s in groups and classes.get(s) not in _acting()}
    found = {classes[s] for s in stems if s in classes and len(word) - len(s) <= MAX_CUT and naming.get(s, True)}
    stems = {s + PERSON if naming.get(s) else s for s in stems}
    if not found and len(word) >= COMPOUND:
        # A compound of a language that writes them as one word takes its head's meaning ("dierenfoto's" is
        # a "foto's", "uurloon" a "loon"); English "cloudworkers" is no "workers" for that.
        compounding = _compound_classes()
        for cut in range(3, len(word) - 3):
            head = word[cut:]
            found = {compounding[head]} if head in compounding else set()
            if found:
                break
    if found and len(word) >= COMPOUND:
        # A compound's first part may carry a meaning of its own into a word of known meaning: "wereldproductie" is
        # the world's production (not a name's word: "Wereldbank" is no "world" alone).
        found |= {meaning for lead, meaning in _compound_modifiers() if word.startswith(lead)
                  and len(word) - len(lead) >= COMPOUND_PART}
    return frozenset(stems | found)


COMPOUND_PART = 4  # letters a compound's rest keeps after a first part that carries a meaning ("wereld" + "bank")


@functools.cache
def _compound_modifiers() -> tuple[tuple[str, str], ...]:
    """The first parts of compounds that carry a paraphrase meaning, (folded part, "@" + meaning), of every language."""
    return tuple((fold(part), "@" + meaning) for language in LANGUAGES.values()
                 for meaning, parts in language.compound_modifiers.items() for part in parts)


def rarity(word: str) -> float:
    """How rare `word` is in the languages' prose, from LIGHTEST (common) to 1.0 (rare)."""
    z = frequency.zipf(word, tuple(LANGUAGES))
    return max(LIGHTEST, min(1.0, (COMMON - z) / (COMMON - RARE)))


@functools.cache
def _stop_led() -> re.Pattern[str]:
    """The first words of two-word paraphrases that are stop words ("not" of "not acceptable"), as one search."""
    return re.compile(r"\b(?:{})\b".format("|".join(sorted(
        re.escape(first) for first, _ in _phrase_classes() if first in _STOP)) or "(?!)"), re.IGNORECASE)


def pool(texts: Iterable[str]) -> frozenset[str]:
    """Every key of every content word of `texts`, and the groups of people they name ("@pop:data-worker"):
    what a draft's context holds."""
    out: set[str] = set()
    phrases = _phrase_classes()
    for text in texts:
        ws = words(text)
        for w in ws:
            out |= keys(w)
        out |= {phrases[pair] for pair in zip(ws, ws[1:]) if pair in phrases}  # "take home" is paid
        if _stop_led().search(text) is not None:
            # a phrase opening with a stop word, read on all the words: "not acceptable" is unacceptable
            raw = _WORD.findall(fold(text))
            out |= {phrases[pair] for pair in zip(raw, raw[1:]) if pair[0] in _STOP and pair in phrases}
        out |= {"@pop:" + g for g in populations(text)}
    return frozenset(out)


@functools.cache
def _groups() -> tuple[Mapping[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]],
                        Mapping[tuple[str, str], tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]]]:
    """Every language's population nouns by stem -> (group, the group's nouns of that stem, each with its
    language's action-noun endings); two-word ones by their two stems."""
    single: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {}
    double: dict[tuple[str, str], tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {}
    false_friends = {fold(w) for language in LANGUAGES.values() for w in language.false_friends}
    # A noun that several languages list ("moderator") takes each one's action endings.
    endings: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES.values():
        for nouns in language.populations.values():
            for noun in nouns:
                last = fold(noun.split()[-1])
                endings[last] = (*endings.get(last, ()), *language.action_endings)
    for language in LANGUAGES.values():
        for group, nouns in language.populations.items():
            for noun in nouns:
                parts = [fold(p) for p in noun.split()]
                stems = [_stems(p) for p in parts]
                if len(parts) == 1 and parts[0] in false_friends:
                    continue  # "this kind of work" names no children
                if len(parts) == 1:
                    for s in stems[0]:
                        known = single.get(s)
                        entry = (parts[0], endings[parts[0]])
                        if known is None:
                            single[s] = (group, (entry,))
                        elif known[0] == group:
                            single[s] = (group, (*known[1], entry))
                elif len(parts) == 2:
                    for a in stems[0]:
                        for b in stems[1]:
                            double.setdefault((a, b), (group, ((parts[1], endings[parts[1]]),)))
    return MappingProxyType(single), MappingProxyType(double)


# One or two words before a person's first and last name: a title ("computer scientist Jeroen Baert", "socioloog
# Antonio Casilli"), which says who speaks, not whom a figure is of.
_TITLED = re.compile(r"\b([^\W\d_]+(?:[ -][^\W\d_]+)?) (?=[A-ZÀ-Þ][^\W\d_]+ [A-ZÀ-Þ][^\W\d_]+)")


_TITLED_ONE = re.compile(r"\b([^\W\d_]+) (?=([A-ZÀ-Þ][^\W\d_]+)(?: [a-zà-ÿ]|[,.;:!?]))")
_PLURALS = tuple(sorted({e for language in LANGUAGES.values() for e in language.plural_endings}))


def _untitled(text: str) -> str:
    """`text` without the titles of the people it names ("says" before a title is kept: no title)."""
    def kept(m: re.Match[str]) -> str:
        words = m.group(1).split(" ")
        stop = max((k + 1 for k, w in enumerate(words) if fold(w) in _STOP), default=0)  # the title follows these
        title = words[stop:]
        # A title is one person's, in lower case but at the text's start: "Researchers Scale AI hired" is a group,
        # "What Silicon Valley AI Researchers Really Earn" a heading's capitals.
        if not title or title[-1].endswith("s") or any(
                w[:1].isupper() for k, w in enumerate(title) if m.start(1) + (stop > 0) or k):
            return m.group()
        return "".join(w + " " for w in words[:stop])

    def kept_one(m: re.Match[str]) -> str:
        # Before one name, a title is a singular person noun: "lezer Fatima vroeg", "reader Fatima asked" (not the
        # group of "the moderators Sama hired", nor "de moderatoren Sama").
        # (Nor before a plural name: "young Filipinos alone" are a group of people, not one titled.)
        word = m.group(1)
        if word[:1].isupper() or fold(word) in _STOP or word.endswith(_PLURALS) or m.group(2).endswith(_PLURALS) \
                or not populations(word):
            return m.group()
        return ""

    return _TITLED_ONE.sub(kept_one, _TITLED.sub(kept, text))


GENERAL_PEOPLE = frozenset({"@worker", "@people"})  # the classes of general nouns of people ("workers", "mensen")


def is_period(word: str) -> bool:
    """Whether a folded word names a period, as a noun or an adverb ("day", "uur", "hourly", "maandelijks")."""
    return word in _period_words()


@functools.cache
def _period_words() -> frozenset[str]:
    return frozenset(fold(w) for language in LANGUAGES.values() for w in (*language.period_units,
                                                                         *language.period_adverbs))


def names_people(word: str) -> bool:
    """Whether a word is a noun of people: of a group ("klanten", "moderators") or general ("workers", "mensen")."""
    return bool(word) and (bool(populations(word)) or not GENERAL_PEOPLE.isdisjoint(keys(word))
                           or fold(word) in _PEOPLE_NOUNS)


_PEOPLE_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.people_nouns)


@functools.lru_cache(maxsize=256)
def populations(text: str) -> frozenset[str]:
    """The groups of people `text` names ("data workers", "riders", "consumenten"); general words name none, nor a
    person's title."""
    single, double = _groups()
    found: set[str] = set()
    plain = _untitled(text)
    ws = words(plain)
    raw = [fold(w) for w in _WORD.findall(plain)]  # stop words kept: "researchers who found jobs" found no figure
    finders = {raw[k] for k in range(len(raw) - 1) if raw[k + 1] in _FINDING}
    stems = [_stems(w) for w in ws]
    skip = -1
    traded: set[str] = set()
    trades = _trades()
    for i, here in enumerate(stems):
        if i + 1 < len(stems):
            pair = next((double[(a, b)][0] for a in here for b in stems[i + 1]
                         if (a, b) in double and _names(ws[i + 1], double[(a, b)][1])), None)
            if pair:
                found.add(pair)
                skip = i + 1
                continue
            trade = next((trades[a] for a in here if a in trades), None)
            if trade and _agent_plural(ws[i + 1]) and not any(s in single for s in stems[i + 1]):
                traded.add(trade)  # "garment finishers", "warehouse sorters": a trade's workers by any agent noun
                skip = i + 1
                continue
        if i == skip:
            continue
        # A word that shares a group noun's stem but is shorter, or an action noun, names no person: Dutch
        # "onderzoek" (research) is no "onderzoeker", "moderate" no "moderator", "development" no "developer".
        group = next((single[s][0] for s in here if s in single and _names(ws[i], single[s][1])), None) or \
            _compound_group(ws[i])
        if group and ws[i] not in finders:  # "researchers found": who found it
            found.add(group)
    if not found:
        # (only when no group is named outright: "Cleaners at Nairobi data centers" are cleaners, no data workers)
        found = traded
    if _BASIS_AT.search(plain):
        found.update(basis for basis, pattern in _BASES if pattern.search(plain))
    return frozenset(found)


def _basis_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """The forms of a basis of work, their hyphen written, spaced or left out, going on as compounds do."""
    return re.compile(r"\b(?:{})\w*".format("|".join(
        re.escape(f).replace(r"\-", r"[-\s]?") for f in sorted(forms, key=len, reverse=True))), re.IGNORECASE)


_BASES = tuple((basis, _basis_pattern({f for language in LANGUAGES.values() for f in language.work_bases.get(basis, ())}))
               for basis in sorted({b for language in LANGUAGES.values() for b in language.work_bases}))
# Any basis at all: most texts have none and are passed over with one search.
_BASIS_AT = _basis_pattern({f for language in LANGUAGES.values() for forms in language.work_bases.values()
                            for f in forms})


@functools.cache
def _trades() -> Mapping[str, str]:
    """The stems of the words naming a trade in a group's noun of two words whose head is a general worker's ("garment
    worker", "warehouse worker") -> the group."""
    single, double = _groups()
    return MappingProxyType({a: group for (a, b), (group, _) in double.items()
                             if not GENERAL_PEOPLE.isdisjoint(keys(b)) and a not in single})


def _agent_plural(word: str) -> bool:
    """Whether a word looks like a plural noun of those who do a thing ("finishers", "sorteerders", "naaisters")."""
    return len(word) > AGENT_MIN and word.isalpha() and word.islower() and word.endswith(_AGENT_ENDINGS)


AGENT_MIN = 6  # letters an agent noun has more than ("users" is none to read so)
_AGENT_ENDINGS = ("ers", "ors", "sters")


@functools.lru_cache(maxsize=1 << 16)
def _compound_group(word: str) -> str | None:
    """The group a compound of a language that writes them as one word names by its head ("ethiekonderzoekers" are
    researchers, as "AI-onderzoekers" are); None for a shorter word or another head."""
    if len(word) < COMPOUND:
        return None
    heads = _compound_heads()
    # Only the cuts a head can be as long as: a word's length in letters is read once, not once per cut.
    return next((heads[word[cut:]] for cut in range(max(3, len(word) - _longest_head()), len(word) - 3)
                 if word[cut:] in heads), None)


@functools.cache
def _compound_heads() -> Mapping[str, str]:
    """The plurals of the one-word population nouns (folded, of five letters or more) of the languages that write
    compounds as one word: a group is named by a plural ("ethiekonderzoekers"); a singular head is as often a thing's
    ("verrekijker", "geelkoper", "opwaarts")."""
    return MappingProxyType({fold(noun) + ending: group for language in LANGUAGES.values() if language.compounds
                             for group, nouns in language.populations.items() for noun in nouns
                             if " " not in noun and len(noun) >= COMPOUND_HEAD for ending in language.plural_endings})


@functools.cache
def _longest_head() -> int:
    return max(map(len, _compound_heads()), default=0)


COMPOUND_HEAD = 5  # letters of the shortest noun a compound's head names a group by


def _names(word: str, nouns: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """Whether a word of the stem of `nouns` (each with its language's endings of action nouns) can name their
    group: as long as one of them ("lecture" is no "lecturer"), and no action noun ("development" is no
    "developer", "ontwikkeling" no "ontwikkelaar")."""
    word = fold(word)
    return any(len(word) >= len(n)
               and not (word.endswith(endings) and not n.endswith(endings)) for n, endings in nouns)
