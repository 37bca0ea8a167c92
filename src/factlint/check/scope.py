"""Scope: the places and organisations a figure is said of, read from text, and whether two scopes differ.

A claim's scope comes from its statement, quote, keywords and source title (or its declared `places` and
`organisations`); a draft figure's from its sentence and the context the sentence leans on. Places are
gazetteer codes, so "Kenya", "Kenyan", "Keniaanse" and "Nairobi-based" name one place; organisations and
people are capitalised names ("World Bank", "OpenAI", "Casilli"), folded. Pure.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from factlint.lang import GLUED_LABEL, LANGUAGES, frequency
from factlint.check.lexical import keys as lexical_keys, names_people, populations
from factlint.check.turning import passed_on_spans
from factlint.lang.language_names import language_names
from factlint.lang.gazetteer import PARTS, WORLD, Gazetteer, gazetteer
from factlint.registry.model import MASKED_GAP
from factlint.text import fold

# A name's words: capitalised, or camel-cased (OpenAI), or in capitals (IMF); inner connectors allowed.
_TOKEN = re.compile(r"[^\W\d_][\w’'&.-]*[\w]|[^\W\d_]|&(?= )")
MEMO_TEXTS = 256  # texts whose places and names are remembered: a passage's sentences and the headings above
COMMON_ZIPF = 6.0  # a capitalised word this common ("Time", "World") names nothing on its own


@dataclass(frozen=True, slots=True)
class _NameWords:
    """Every language's words that tell a name from a capitalised word, folded."""

    determiners: frozenset[str]
    connectors: frozenset[str]
    generic: frozenset[str]
    months: frozenset[str]  # and days of the week
    reporting: frozenset[str]
    openers: frozenset[tuple[str, ...]]  # "according to": what opens an attribution
    possessives: frozenset[str] = frozenset()
    complementisers: frozenset[str] = frozenset()
    speech: frozenset[str] = frozenset()  # reporting words that say who holds the figure: "says", "zegt"
    origins: frozenset[str] = frozenset()  # words of a study or estimate: "survey", "schattingen"
    citing: frozenset[str] = frozenset()  # words of quoting: "quoted", "citeerde"

    @classmethod
    def of_languages(cls) -> _NameWords:
        def union(field: str) -> frozenset[str]:
            return frozenset(fold(w) for language in LANGUAGES.values() for w in getattr(language, field))

        # A day's name is no name of anyone, as a month's is not.
        # A language's name is no name of anyone either ("the English-language coverage").
        return cls(union("determiners"), union("name_connectors"), union("generic_names") | language_names(),
                   union("months") | union("weekdays"), union("reporting_words") | union("asking_words"),
                   frozenset(tuple(fold(w) for w in o) for language in LANGUAGES.values()
                             for o in language.attribution_openers),
                   union("possessives"), union("complementisers"), union("speech_words"), union("origin_words"),
                   union("citing_words"))


NAME_WORDS = _NameWords.of_languages()
_ABSTRACT_ENDINGS = tuple(sorted({fold(w) for language in LANGUAGES.values() for w in language.abstract_noun_endings}))
_CITING_PARTICIPLES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.citing_participles)


@dataclass(frozen=True, slots=True)
class Scope:
    """What a figure is said of: place codes and organisation names (folded)."""

    places: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    populations: frozenset[str] = frozenset()  # groups of people ("data-worker", "rider"), general words none
    # Names a claim's reporting chain gives ("as cited in an interview with Antonio Casilli"): a draft that
    # names them names the claim's reporter, no other organisation.
    reporters: frozenset[str] = frozenset()
    # A claim's: the organisations its figure comes from ("according to an Adobe study"): a draft that has another
    # say the figure ("Salesforce says 77% …") gives it another source. A draft's: those whose study its own
    # statement says the figure is from ("According to a Fairwork study, …").
    origins: frozenset[str] = frozenset()
    # Who says it: a claim's chain of speech ("…, says computer scientist Jeroen Baert"), a draft's names that only
    # report in the figure's own statement ("…, zegt Baert").
    speakers: frozenset[str] = frozenset()
    # A draft's: its organisations are named in the figure's own statement ("KU Leuven meldt dat zijn model …"),
    # not in a sentence it leans on or a heading. Against a claim naming no organisation, only who says it,
    # they are another source of the figure, unless the draft names that speaker too.
    named_here: bool = False
    # A draft's: the names its figure's source is said not to be ("Another poll found …" after a sentence naming
    # Adobe's study).
    others: frozenset[str] = frozenset()
    # A claim's: the kinds of work of its people, its statement's and its keywords' (no part of a population such as
    # the young): a draft naming only another kind ("ride-hailing drivers") is not said of them.
    kinds: frozenset[str] = frozenset()
    # The organisations said to say the figure: a claim's statement's lead ("The Philippine government estimates that
    # …"), a draft's own clause ("Volgens Remotasks zelf …"). A draft having another than the claim's say it, even one
    # the claim names, gives it another source.
    said_by: frozenset[str] = frozenset()
    # A draft's: its figure's source is the writer's own ("Our own 2024 shopper panel found …"), no claim's organisation.
    own: bool = False
    # A draft's: those of its organisations that are a person's name, by a title ("Mr Hale") or by the person's pronoun
    # the figure's sentence stands for them with ("Ruth Mwangi was one of the moderators … The pay, she writes, …").
    persons: frozenset[str] = frozenset()
    # A draft's: the other bodies the sentence naming its persons gives, whom they worked for or spoke for ("Ms Achieng
    # worked as a content moderator for Microsoft in Nairobi. She says …", "Mr Hale, Microsoft's head of trust and
    # safety, says …").
    beside: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.places or self.organisations or self.populations or self.others or self.own)


EMPTY = Scope()


@dataclass(frozen=True, slots=True)
class Difference:
    """Two scopes that name places or organisations in the same role with none in common."""

    # "place" | "organisation" | "population" | "alone" (one organisation's part of a place's count) | "part" (one
    # place's part of a count of people anywhere)
    what: str
    claim: tuple[str, ...]  # the claim's place codes or names
    draft: tuple[str, ...]
    claim_texts: tuple[str, ...] = field(default=(), compare=False, repr=False)  # where to read names as written
    draft_texts: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def message(self) -> str:
        if self.what == "alone":
            theirs = " or ".join(_written(frozenset(self.claim), self.claim_texts, gazetteer()))
            return f"the source says this of {theirs}, not of {self.draft[0]} alone"
        if self.what == "part":
            ours = " or ".join(_written(frozenset(self.draft), self.draft_texts, gazetteer()))
            return f"the source counts people anywhere, not in {ours} alone"
        if self.what == "place":
            places = gazetteer()
            theirs, ours = (" or ".join(_written(frozenset(codes), texts, places))
                            for codes, texts in ((self.claim, self.claim_texts), (self.draft, self.draft_texts)))
            return f"the source says this of {theirs}, not {ours}"
        theirs, ours = (" or ".join(_title(n) for n in side) for side in (self.claim, self.draft))
        if self.claim == REPORTED:
            return f"the source gives this as its own reporting; the draft attributes it to {ours}"
        if self.draft == ANOTHER:
            return f"the source attributes this to {theirs}; the draft to another source"
        if self.draft == OWN:
            return f"the source attributes this to {theirs}; the draft to its writer's own"
        if self.what == "population" and set(self.claim) <= BASES and set(self.draft) <= BASES:
            theirs, ours = (" or ".join(_BASIS_WORDS[n] for n in side) for side in (self.claim, self.draft))
            return f"the source says this of {theirs}, not {ours}"
        if self.what == "population":
            return f"the source says this of {theirs}, not {ours}"
        return f"the source attributes this to {theirs}, not {ours}"


def _title(name: str) -> str:
    if place_institution(name):  # "ph government": the government of the Philippines
        code, _, meaning = name.partition(" ")
        return f"the {meaning} of {gazetteer().places[code.upper()].name or code.upper()}"
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in name.replace("-", " ").split()) \
        if name.islower() else name


@functools.lru_cache(maxsize=MEMO_TEXTS)
def read(text: str, *, reporting_ok: bool = True, known: frozenset[str] = frozenset()) -> Scope:
    """The places, organisations and groups of people `text` names (see places_in and organisations_in), its
    asides left out (see asides)."""
    plain = without_asides(text)
    compared = _unasked(uncompared(text))
    # (names are looked for only when a group is named: most texts name none, and the scan tries every capital)
    groups = populations(compared)
    return Scope(places_in(plain), organisations_in(plain, reporting_ok=reporting_ok, known=known),
                 populations(unnamed(compared, known)) if groups else groups)


def _unasked(text: str) -> str:
    """`text` with one asker blanked, a noun after an indefinite article before a verb of asking a question: no group
    the figure is said of ("A user asked what OpenAI's contractors were paid")."""
    return _ASKER.sub(lambda m: " " * len(m.group()), text)


def alternatives(*fields: str) -> str:
    """The words of the named Language fields, every language's, as a regular expression's alternatives."""
    return "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for f in fields for w in getattr(language, f)}))


# (one asker, asking of others: not "Moderators asked why they …", "A moderator asked why she …")
_ASKER = re.compile(rf"\b(?:{alternatives('articles')})[ \t]+[^\W\d_]+(?=[ \t]+(?:{alternatives('asking_words')})[ \t]+"
                    rf"(?:{alternatives('question_words')})[ \t]+(?!(?:{alternatives('subject_pronouns', 'person_pronouns')})"
                    rf"\b))", re.IGNORECASE)


def unnamed(text: str, known: frozenset[str]) -> str:
    """`text` with the names it gives blanked: a group's word in a name is none of its groups ("the Evening
    Courier" names no riders). A sentence's first word is kept, its capital saying nothing ("Executives Adobe polled"),
    but for a title ("Director Blaise objected")."""
    for start, end, _ in names_in(text, known=known):
        if not text[:start].strip() and (first := _WORD_AT.search(text, start, end)) and \
                fold(first.group()) not in _TITLE_WORDS:  # (a title before a name is the person's: "Director Blaise")
            start = first.end()
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def opening_comparison(text: str) -> int:
    """Where a comparison opening `text` ends, after its comma ("Unlike the AI researchers …, "), or, with no comma,
    after the name it compares with ("In tegenstelling tot Madagaskar verdienen …", "Net als in de Filipijnen zijn er
    ook in India …": the verb after the name opens the clause); 0 when none does."""
    m = _OPENING_COMPARISON.match(text, 0, OPENING_REACH) or _OPENING_NAMED.match(text, 0, OPENING_REACH)
    return m.end() if m else 0


OPENING_REACH = 240  # characters an opening comparison and its comma stand within


def uncompared(text: str) -> str:
    """`text` without what a clause after a comma compares it with ("…, unlike the exploited data workers who train AI
    models,"): the groups of people named there are the comparison's."""
    return _COMPARED.sub(lambda m: " " * len(m.group()), text)


@functools.lru_cache(maxsize=MEMO_TEXTS)
def asides(text: str) -> tuple[tuple[int, int], ...]:
    """The parts of `text` that name other places and organisations than what it says a figure of: a relative
    clause between commas ("The OECD, whose economists questioned the World Bank's methods, estimates …"), a
    possessive that describes the next name ("Adobe's rival Oracle", "Uganda, Kenya's neighbour,"), an apposition
    of the name before ("Indonesië, buurland van de Filipijnen,"), a place
    a comparison names ("Just as in Madagascar, workers in Venezuela …") and one denied ("Not Congo but …")."""
    out = [(m.start(1), m.end(1)) for m in _RELATIVE_CLAUSE.finditer(text)]
    # "Indonesia, which has courted the same firms as the Philippines, also counts …": a clause about the place before
    # it. After any other noun such a clause may say where the figure is from ("The survey, which covered Kenya,").
    # Not after a preposition: in "their colleagues in Nairobi, who screened posts for Meta," it is the colleagues'.
    # Only its places: a name in it may be the figure's source ("Germany, which Oracle surveyed this year, stood out:
    # 77% …").
    place_starts = {b: a for a, b, _ in _place_spans(text)}
    out += [(a, b) for m in _NAME_RELATIVE.finditer(text)
            if m.start() in place_starts and MASKED_GAP not in m.group(1)
            and not _after_preposition(text, place_starts[m.start()])
            for a, b, _ in spans_between(text, m.start(1), m.end(1))]
    # Each pattern below needs a character most sentences lack (a comma, a possessive's apostrophe, a bracket): a
    # sentence without it is not scanned for them, a scan that tries every capital of it.
    comma, possessive = "," in text, "'" in text or "’" in text
    if possessive:
        # "Adobe's rival Oracle"; not "Meta's contractor in Nairobi", where the name after a preposition is a place
        # of it.
        out += [(m.start(1), m.end(1)) for m in _POSSESSIVE_OF_NEXT.finditer(text)
                if _STOPS.isdisjoint(fold(w) for w in m.group(2).split())]
    if comma:
        out += [(m.start(1), m.end(1)) for m in _POSSESSIVE_APPOSITION.finditer(text)]
        # "Salesforce, Adobe's main rival in marketing software, came to …": a longer one, after the name it
        # describes. Only after a name: "Yesterday, Oracle's survey of online shoppers, published …" opens with an
        # adverb.
        out += [(m.start(2), m.end(2)) for m in _NAMED_POSSESSIVE_APPOSITION.finditer(text)
                if fold(m.group("name")) not in _NO_NAMES and not fold(m.group("name")).endswith(_ADVERB_ENDINGS)]
        out += [(m.start(1), m.end(1)) for m in _OF_APPOSITION.finditer(text)]
        # "Antonio Casilli, the Paris sociologist who has followed these workers from Antananarivo to Caracas, quotes
        # …": a noun phrase describing the name before, between commas, holding no figure, before the name's verb.
        out += [(m.start(2), m.end(2)) for m in _NAME_APPOSITION.finditer(text) if MASKED_GAP not in m.group(2)
                and not _after_preposition(text, m.start(1))]
        # "Antonio Casilli, interviewed in Groningen, cites …": a participle's phrase describing the name before.
        out += [(m.start(2), m.end(2)) for m in _NAME_PARTICIPLE.finditer(text) if MASKED_GAP not in m.group(2)
                and fold(m.group(3)) in _SPEECH_PARTICIPLES and not _ordinary(m.group(1))
                and not _after_preposition(text, m.start(1))]
    if "(" in text:
        # "Antonio Casilli (Institut Polytechnique de Paris) spreekt …": a name's affiliation in brackets.
        out += [(m.start(1), m.end(1)) for m in _NAME_BRACKET.finditer(text) if MASKED_GAP not in m.group(1)
                and not any(c.isdigit() for c in m.group(1)) and not _closing_credit(text, m)]
        # "… log on every day (Tan and Cabato 2023)": an author-year citation names the work cited, no source of its
        # own, as a footnote would.
        out += [(m.start(), m.end()) for m in _AUTHOR_YEAR.finditer(text) if _author_names(m.group(1))]
    # "… less well known than AI applications such as face recognition, ChatGPT and voice assistants": the examples of
    # what a comparison is made with are compared with too (not what a bound counts: "more than [2 million] people
    # such as …").
    # The examples run over commas ("face recognition, ChatGPT and …") up to one that opens an attribution ("…, less
    # than contractors such as Appen pay, Nigeria's moderators' union said": the union's figure).
    out += [(m.start(1), _examples_end(text, m.start(1), m.end(1))) for m in _THAN_EXAMPLES.finditer(text)
            if MASKED_GAP not in m.group()]
    # "… between 150m and 430m people — more, at the top of that range, than the 335 million who live in the United
    # States — …": a comparison with something named, between dashes.
    out += [(m.start(1), m.end(1)) for m in _DASHED.finditer(text) if _THAN_WORD.search(m.group(1))]
    if comma:
        # "…, wat opvallend dicht bij de cijfers van de Wereldbank ligt", "…, which is close to the World Bank's": a
        # clause likening the figure to another's names that other, no source of it.
        # So too one naming or citing it ("…, which Noor calls 'the most quoted range nobody reads the footnote of'"):
        # who calls a figure so passes it on.
        out += [(m.start(1), m.end(1)) for m in _CLOSING_RELATIVE.finditer(text)
                if not (_LIKENING | _MENTIONING).isdisjoint(fold(w) for w in _PLAIN_WORD.findall(m.group(1)))]
    # "Casilli told a Dutch university interviewer that …", "told the House that …": whom a speaker told is no place
    # of what was told, nor its source.
    out += [(m.start(1), m.end(1)) for m in _TELLING.finditer(text) if MASKED_GAP not in m.group(1)]
    # "In an interview with a Dutch university last year, Casilli gave …": a place's adjective describing whom an
    # interview was with is no place of what was said in it, unless the party is people of the place ("in interviews
    # with Kenyan moderators, Time found …"). A place closing a name stays: the University of Lagos's interviewees may
    # work there.
    # Nor a government's: "In an interview with the Kenyan government, he said the government estimates …" is Kenya's.
    interviews = list(_INTERVIEW.finditer(text))  # (read once, for the two rules below)
    out += [(a, b) for m in interviews
            if not any(names_people(w) for w in _PLAIN_WORD.findall(m.group(1)))  # "with Nigerian content moderators"
            for a, b, _ in spans_between(text, m.start(1), m.end(1))
            if (after := _NEXT_LOWER_WORD.match(text, b)) and fold(after.group(1)) not in _INSTITUTIONS]
    # "In an interview with the University of Groningen, he said …", "…, zei Casilli in een interview met de
    # Rijksuniversiteit Groningen": whom a named speaker gave an interview reports what was said, as "told Reuters" does:
    # no source of it, nor its seat a place of it. With no speaker named ("In an interview with Salesforce, a
    # spokesperson said …"), the one interviewed speaks for itself.
    parties = [party for m in interviews if (party := _party(text, m.start(1), m.end(1)))]
    if parties:
        # (Read once: a paragraph may hold many interviews. A party holds at most one speaker's word, so one of the
        # first two speakers stands outside it.)
        speakers = [s.start() for s in itertools.islice(_SPOKEN_BY.finditer(text), 2)]
        out += [(a, b) for a, b in parties if any(not a <= at < b for at in speakers)]
    # "… 430 million worldwide – a range cited in an essay and repeated in debates from Brussels to Nairobi": an
    # apposition renaming the figure with a word of citing or repeating says where it was passed on, no place of it
    # ("– a figure that holds only in Nigeria" says where it holds). A place's span may hold the stop after it.
    out += [(a, b) for m in _RENAMED.finditer(text)
            if _passed_on(frozenset(fold(w) for w in _PLAIN_WORD.findall(m.group(1))))
            for a, b, _ in spans_between(text, m.start(1), m.end(1) + 1)]
    # "At a debate in Amsterdam's Pakhuis de Zwijger on Thursday, two former moderators described …": where a gathering
    # was is no place of what was said there, nor its organiser a source.
    # Only up to a subject pronoun, which opens the clause the gathering sets: "At every meeting he quoted the World
    # Bank's estimate", "Op elke bijeenkomst noemde hij de schatting van de Wereldbank" name their source.
    out += [(m.start(1), pronoun.start() if (pronoun := _PRONOUN_SUBJECT.search(text, m.start(1), m.end(1))) else m.end(1))
            for m in _EVENT.finditer(text) if MASKED_GAP not in m.group(1) and not _WITH.match(m.group(1))]
    # "… were earning less than $2 an hour long before ChatGPT launched": a name arriving in a clause of time dates the
    # figure; it is no organisation of it (one acting on another may be: "after OpenAI hired Sama").
    out += [(m.start(1), m.end(1)) for m in _TIME_CLAUSE.finditer(text) if MASKED_GAP not in m.group()]
    # "By the time the story reached WhatsApp groups in Caracas, that had become …": how a figure named before travelled
    # and what turned it into this one is where it was passed on.
    out += passed_on_spans(text)
    head = _dateline_head(text)
    if head:
        # "PARIS (AP) —": the agency that filed the report only reports it; its place is read as a dateline's.
        out += [(m.start(), m.end()) for m in _BRACKETED.finditer(text, 0, head)]
    for a, b, _ in _place_spans(text):
        if ((_COMPARATOR_END.search(text, max(0, a - 20), a) is not None or _EQUAL_END.search(text, max(0, a - 30), a))
                and not _figure_follows(text, b)) or _NEGATED.search(text, max(0, a - 20), a) \
                or _THAN_OWNER_END.search(text, max(0, a - 40), a):
            out.append((a, b))  # a comparison's place, or one denied: "Niet Congo maar buurland Zambia …"
        elif _MEASURED_FROM.search(text, max(0, a - 40), a):
            # "Across the border from Kenya, in Kampala, …", "a few hours' drive from Kenya", "op een uur rijden van
            # Kenia": a place another is placed by is none of the figure's.
            out.append((a, b))
        elif _BASE_OF_NAMED.match(text, b):
            out.append((a, b))  # a named one's base: "cited by the Paris-based sociologist Antonio Casilli"
        elif _BASE_OF_NAME.match(text, b) and _placed_otherwise(text, a, b):
            # "Young people here log on for Remotasks, owned by San Francisco-based Scale AI": a name's base, where the
            # sentence places its figure elsewhere (a place of its own, or "here" and "there").
            out.append((a, b))
    # A name compared with or denied needs a than-word or a negation: a sentence with neither is not read for names.
    for start, b, _ in names_in(text) if _COMPARING_OR_DENYING.search(text) else ():
        # "… more realistic than the World Bank's estimate", "Niet de Wereldbank maar …": a name compared with, or
        # denied (a sentence's first word may open the name's span: each word of it is tried).
        for m in _WORD_START.finditer(text, start, b):
            a = m.start()
            than = _THAN_OWNER_END.search(text, max(0, a - 40), a)
            # A noun phrase after "than" ("than the World Bank's estimate"), not a clause's subject ("more than
            # Oracle expected"); a name denied for another ("not Adobe but Salesforce"), not any after "not".
            if (than is not None and (_DETERMINER_END.search(text, max(0, a - 12), a) or _POSSESSIVE_AT.match(text, b))) \
                    or (_NEGATED.search(text, max(0, a - 20), a) and _CONTRAST_NEXT.match(text, b)) \
                    or _absent_name(text, a, b):
                out.append((a, b))
                break
    return tuple(sorted(out))


# A gathering placed in a phrase opening a sentence, each language's prepositions with its own nouns ("At a debate in
# Amsterdam, …", "Tijdens een debat in Amsterdam, …"): from after the noun to the comma, what names where it was.
_EVENT_OPENERS = "|".join(r"(?:{})[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?(?:{})".format(
    "|".join(map(re.escape, language.event_prepositions)),
    "|".join(sorted(map(re.escape, language.event_nouns), key=len, reverse=True)))
    for language in LANGUAGES.values() if language.event_prepositions and language.event_nouns) or "(?!)"
# (a gathering "with" someone names who took part, no place: "In an interview with the University of Lagos, …")
_WITH = re.compile(rf"[ \t]*(?:{alternatives('holding_words')})\b", re.IGNORECASE)
_EVENT = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t*_>]*(?:{_EVENT_OPENERS})\b([^,;:()\n.!?]{{1,80}}?)(?=,|[ \t]*$)",
                    re.IGNORECASE)
# A conjunction of time, a name (its capitalised words; no possessive: "after Sama's launch") and a verb of its
# arriving, up to the clause's end.
_TIME_CLAUSE = re.compile(r"\b(?i:{})[ \t]+((?:[A-Z][\w&.-]*[ \t]+){{0,3}}[A-Z][\w&.-]*)[ \t]+(?i:{})\b"
                          r"[^,;:()\n.!?]{{0,40}}(?=[,;:.!?)\n]|$)".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.time_conjunctions}, key=len,
                    reverse=True)),
    "|".join(sorted({re.escape(w).replace("\\ ", r"[ \t]+") for language in LANGUAGES.values()
                     for w in language.arrival_verbs}, key=len, reverse=True))))
# A verb of telling, then whom it tells (no clause break), up to the complementiser that opens what was told.
_TELLING = re.compile(r"\b(?:{})\b([^,;:()\n]{{1,80}}?)\b(?:{})\b".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.telling_words}, key=len,
                    reverse=True)),
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.complementisers}))),
    re.IGNORECASE)


# A masked figure (and up to two words), a dash or comma, a noun phrase of a renaming noun, and the rest of the clause.
# Linear: a gap is tried once, at its start, and each run of blanks or letters is taken whole (possessive).
_RENAMED = re.compile(r"(?<![ \t]){}[ \t]*+(?:[^\W\d_]++[ \t]*+){{0,3}}[,—–]"
                      r"[ \t]*+(?:(?:{})[ \t]++)?(?:[^\W\d_]++[ \t]++){{0,2}}?"
                      r"(?:{})\b([^—–\n.!?;]{{1,200}})".format(
                          MASKED_GAP, "|".join(sorted(NAME_WORDS.determiners, key=len, reverse=True)),
                          "|".join(sorted({re.escape(w) for language in LANGUAGES.values()
                                           for w in language.renaming_nouns}, key=len, reverse=True)) or "(?!)"),
                      re.IGNORECASE)
_REPEATING = frozenset(fold(w) for language in LANGUAGES.values()
                       for w in (*language.citing_words, *language.repeating_words))
_LIKENING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.likening_words)
_MENTIONING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.mention_words)


# A relative clause after a comma that runs to its sentence's end.
_CLOSING_RELATIVE = re.compile(r",[ \t]+((?:{})\b[^,;:.!?\n]{{1,200}})(?=[.!?]|$)".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.clause_relatives}))),
    re.IGNORECASE)


def _passed_on(words: frozenset[str]) -> bool:
    """Whether an apposition renaming a figure says where it was passed on or likens it to another's: cited or repeated,
    or close to figures another gave ("– figures strikingly close to those Time reported from Nairobi", "…, a figure
    close to what Ugandan outsourcers pay"); not who reported the figures themselves ("…, figures the Ugandan labour
    ministry reported last week")."""
    return not (_REPEATING.isdisjoint(words) and _LIKENING.isdisjoint(words))


PARTY_WORDS = 4  # words of whom an interview was with: "a Dutch university interviewer"
_SUBJECT_PRONOUNS = "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.subject_pronouns}))
_PRONOUN_SUBJECT = re.compile(rf"(?i:\b(?:{_SUBJECT_PRONOUNS})\b)")
_SPEECH_WORDS = "|".join(sorted(map(re.escape, NAME_WORDS.speech)))
# A speaker after a verb of speech: where the language puts its verb second, a name or a subject pronoun ("zei Casilli in
# een interview", "zei hij"); elsewhere a name closing the clause ("…, said Casilli."; "said OpenAI paid them" and
# "said they earned" open what was said).
_INVERTED = "|".join(rf"(?i:\b(?:{'|'.join(map(re.escape, language.speech_words))}))[ \t]+"
                     rf"(?:(?i:(?:{'|'.join(map(re.escape, language.subject_pronouns))})\b)|[A-ZÀ-Þ])"
                     for language in LANGUAGES.values() if language.verb_second and language.subject_pronouns) or "(?!)"
# A named speaker or a pronoun beside a verb of speech: "he said", "Casilli says", "zei hij", "…, said Casilli.".
_SPOKEN_BY = re.compile(rf"(?i:\b(?:{_SUBJECT_PRONOUNS})[ \t]+(?:{_SPEECH_WORDS})\b)|{_INVERTED}"
                        rf"|(?i:\b(?:{_SPEECH_WORDS}))[ \t]+[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){{0,2}}[ \t]*(?:[,.;:!?]|$)"
                        rf"|(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*[ \t]+(?i:(?:{_SPEECH_WORDS})\b)")


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _names_in_order(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(sorted(_names_in(text, frozenset(), False)))


def _party(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name opening text[start:end], whom an interview was with, up to any place its words go on to ("Reuters
    Ugandan workers" is Reuters); None when the party opens with no name (people: "Kenyan moderators")."""
    names = _names_in_order(text)
    k = bisect.bisect_left(names, (start,))  # the first name at or after the party's start
    if k == len(names) or names[k][0] >= end:
        return None
    a, b, name = names[k]
    if text[start:a].strip() and not all(fold(w) in NAME_WORDS.determiners for w in text[start:a].split()):
        return None
    if place_institution(name):
        return None  # a government interviewed gives its country's figure: "with the Kenyan government, he said …"
    # (A place's adjective before a noun goes on to people of the place: "Reuters Ugandan workers".)
    places = _place_spans(text)
    j = bisect.bisect_right(places, (a, len(text) + 1))
    return a, next((p for p, q, _ in places[j:j + 2] if p < b and _NEXT_LOWER_WORD.match(text, q)), b)
# An interview's noun and its preposition, then the party it was with: a noun phrase's few words (a Dutch clause may
# go on without a comma: "In een gesprek met een Nederlandse universiteit zei Casilli dat werkers in Madagaskar …").
_INTERVIEW = re.compile(r"\b(?:{})((?:[ \t]+[^\W\d_]+(?:['’-][^\W\d_]+)*){{1,{}}})".format("|".join(sorted(
    {rf"{re.escape(noun)}[ \t]+{re.escape(with_)}" for language in LANGUAGES.values()
     for noun, with_ in language.interview_words}, key=len, reverse=True)) or "(?!)", PARTY_WORDS), re.IGNORECASE)


def without_asides(text: str) -> str:
    """`text` with its asides blanked out (its length and offsets kept): a draft's sentence, or a claim's statement."""
    parts = asides(text)
    if not parts:
        return text
    chars = list(text)
    for a, b in parts:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_NEGATIONS = "|".join(w for language in LANGUAGES.values() for w in language.negations)
_LEADS = "|".join(map(re.escape, sorted(NAME_WORDS.determiners | {
    w for language in LANGUAGES.values() for w in language.place_prepositions})))  # "not in", "niet de"
_NEGATED = re.compile(rf"\b(?:{_NEGATIONS})[ \t]+(?:(?:{_LEADS})[ \t]+)?$", re.IGNORECASE)
_BASES = "|".join(w for language in LANGUAGES.values() for w in language.base_words) or "(?!)"
# "-based", a title and a name: the base is the named one's ("the Nairobi-based contractor Sama"), not a group's
# ("Nairobi-based moderators") nor that of a name right after it ("Nairobi-based Sama").
_BASE_OF_NAMED = re.compile(rf"-(?:{_BASES})[ \t]+[a-zà-ÿ][\w-]*[ \t]+[A-ZÀ-Þ]")
_BASE_OF_NAME = re.compile(rf"-(?:{_BASES})[ \t]+[A-ZÀ-Þ]")
_PLACE_POINTERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.place_pronouns)


def _placed_otherwise(text: str, a: int, b: int) -> bool:
    """Whether `text` names a place outside text[a:b], or points to one ("here", "daar")."""
    return any(not (a <= s < b) for s, _, _ in _place_spans(text)) or not _PLACE_POINTERS.isdisjoint(
        fold(w) for w in _PLAIN_WORD.findall(text))


_RELATIVES = "|".join(w for language in LANGUAGES.values() for w in language.relative_pronouns)
_RELATIVE_CLAUSE = re.compile(rf",([ \t]+(?:{_RELATIVES})\b[^,;:.!?\n]{{1,200}}),", re.IGNORECASE)
_POSSESSIVE_OF_NEXT = re.compile(r"(?<![\w&.-])([A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})['’]s[ \t]+"
                                 r"([a-z]+(?:[ \t]+[a-z]+)?)[ \t]+(?=[A-Z])")
_WORD_START = re.compile(r"(?<![\w'’-])\w")
_POSSESSIVE_AT = re.compile(r"['’]s\b")
_CONTRASTS = "|".join(w for language in LANGUAGES.values() for w in language.contrast_words) or "(?!)"
_CONTRAST_NEXT = re.compile(rf"[ \t,]+(?:{_CONTRASTS})\b", re.IGNORECASE)


def _figure_follows(text: str, end: int) -> bool:
    """Whether a masked figure stands after `end` before the clause ends: the comparison holds the figure ("working
    alongside Ugandan recruits paid less than [$2 an hour]"), whose place it then is."""
    m = _CLAUSE_END.search(text, end, end + FIGURE_IN_COMPARISON)
    return MASKED_GAP in text[end:m.start() if m else end + FIGURE_IN_COMPARISON]


_CLAUSE_END = re.compile(r"[,;:.!?\n]")
FIGURE_IN_COMPARISON = 160  # characters of a comparison read for a figure
_NAME_RELATIVES = "|".join(w for language in LANGUAGES.values() for w in language.name_relatives)
_NAME_RELATIVE = re.compile(rf",([ \t]+(?:{_NAME_RELATIVES})\b[^,;:.!?\n]{{1,200}}),", re.IGNORECASE)
_NO_NAMES = frozenset(fold(w) for language in LANGUAGES.values()
                      for w in (*language.sentence_adverbs, *language.weekdays))
_ADVERB_ENDINGS = tuple(e for language in LANGUAGES.values() for e in language.adverb_endings)
_NAMED_POSSESSIVE_APPOSITION = re.compile(r"(?<![\w&.'’-])(?P<name>[A-ZÀ-Þ][\w&.'’-]*),[ \t]+([A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}['’]s"
                                          r"(?:[ \t]+[a-z]+){3,6})[ \t]*,")
_POSSESSIVE_APPOSITION = re.compile(r",[ \t]+([A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})['’]s[ \t]+[a-z]+"
                                    r"(?:[ \t]+[a-z]+)?[ \t]*,")
_LINKING = "|".join(w for language in LANGUAGES.values() for w in language.linking_words)
_DETERMINERS = "|".join(map(re.escape, sorted(NAME_WORDS.determiners)))
_DETERMINER_END = re.compile(rf"\b(?:{_DETERMINERS})[ \t]+$", re.IGNORECASE)
# "Indonesië, buurland van de Filipijnen,", "Uganda, neighbour of Kenya,": a noun of the name before, between commas.
_OF_APPOSITION = re.compile(rf"(?<![\w&.'’-])[A-ZÀ-Þ][\w&.'’-]*,[ \t]+(?:(?:{_DETERMINERS})[ \t]+)?[a-z]+[ \t]+"
                            rf"(?:{_LINKING})[ \t]+((?:(?:{_DETERMINERS})[ \t]+)?[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){{0,3}})[ \t]*,")
_NAME_APPOSITION = re.compile(rf"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]*),[ \t]+((?:{_DETERMINERS})[ \t]+[^,;:.!?\n]{{1,200}}),"
                              rf"[ \t]+[a-zà-ÿ]")
_NAME_PARTICIPLE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]*),[ \t]+(([^\W\d_]+)[ \t]+[^,;:.!?\n]{1,120}),"
                              r"[ \t]+[a-zà-ÿ]")
_SPEECH_PARTICIPLES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.speech_participles)
_NAME_BRACKET = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*[ \t]+(\([^()\n]{1,120}\))")
_CLOSING = re.compile(r"[.!?](?:\s|$)|[ \t]*(?:\n|$)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")


def _closing_credit(text: str, m: re.Match[str]) -> bool:
    """Whether a bracket after a one-word name closes its sentence: the sentence's credit, as a briefing sets it ("…
    data voor AI (OESO)."), no affiliation of the name before it ("Casilli (IP Paris) says …", "… Antonio Casilli (IP
    Paris).")."""
    if not _CLOSING.match(text, m.end(1)):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return before is None or not before.group(1)[:1].isupper()


_AUTHOR_YEAR = re.compile(r"\(([^()\n]{2,80}?),?[ \t]+(?:19|20)\d\d[a-z]?\)")
_AUTHOR_WORD = re.compile(r"[^\W\d_]+")


def _author_names(names: str) -> bool:
    """Whether a citation's text before its year is authors' names, joined ("Tan and Cabato", "Casilli et al."): one
    name alone may be an organisation whose study gives the figure ("(Salesforce 2023)")."""
    words = _AUTHOR_WORD.findall(names)
    return len(words) > 1 and words[0][:1].isupper() and all(
        w[:1].isupper() or fold(w) in NAME_WORDS.connectors for w in words) and any(
        fold(w) in NAME_WORDS.connectors for w in words)


def _after_preposition(text: str, start: int) -> bool:
    """Whether the name at `start` follows a preposition ("In Kenya, the workers …" opens with a place)."""
    m = _LAST_WORD.search(text, max(0, start - 20), start)
    return m is not None and fold(m.group(1)) in _STOPS


_COMPARATORS = "|".join(r"[ \t]+".join(map(re.escape, phrase)) for language in LANGUAGES.values()
                        for phrase in language.comparison_openers) or "(?!)"
_COMPARED_OPENERS = "|".join(r"[ \t]+".join(map(re.escape, phrase)) for language in LANGUAGES.values()
                             for phrase in language.comparison_openers if len(phrase) > 1 or phrase[0] != "like")
# After a comma: "…, unlike the exploited data workers who train AI models"; a sentence opening with the comparison
# ("Unlike the AI researchers paid six-figure salaries, …") may hold the figure in it.
_COMPARED = re.compile(rf"(?<=[,.])[ \t]+(?:{_COMPARED_OPENERS})\b[^,;:.!?\n]{{0,160}}", re.IGNORECASE)
_OPENING_COMPARISON = re.compile(rf"\s*(?:{_COMPARED_OPENERS})\b[^,;:.!?\n]{{0,160}},", re.IGNORECASE)
# Only the opener is read without regard to case: the name must be capitalised, the word after it not.
_SMALL = "|".join(map(re.escape, sorted({w for language in LANGUAGES.values()
                                         for w in (*language.determiners, *language.place_prepositions)})))
_OPENING_NAMED = re.compile(rf"\s*(?i:{_COMPARED_OPENERS})[ \t]+(?:(?i:{_SMALL})[ \t]+)*"
                            rf"(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)*[ \t]+){{1,4}}(?=[a-zß-öø-ÿ])")
_EQUALS = "|".join(" ".join(map(re.escape, phrase)) for language in LANGUAGES.values()
                   for phrase in language.equal_openers) or "(?!)"
_POSSESSIVE_WORDS = "|".join(map(re.escape, sorted(NAME_WORDS.possessives))) or "(?!)"
_OWNERS = "|".join(map(re.escape, sorted(NAME_WORDS.determiners | NAME_WORDS.possessives)))
_EQUAL_END = re.compile(rf"\b(?:{_EQUALS}) (?:(?:{_OWNERS}) )?$", re.IGNORECASE)
_COMPARATOR_END = re.compile(rf"\b(?:{_COMPARATORS})[ \t]+(?:(?:{_LEADS}|{_POSSESSIVE_WORDS})[ \t]+)?$", re.IGNORECASE)
# Dutch "dan" is "than" only after a comparative ("minder dan"), "then" elsewhere ("Neem dan de mijnen in Zambia").
_THAN = "|".join(rf"[^\W\d_]+(?:{'|'.join(language.comparative_endings)})[ \t]+{w}" if language.comparative_endings
                 else w for language in LANGUAGES.values() for w in language.than_words) or "(?!)"
# A than-word before an article compares with something named ("than the 335 million who live in …"); one right before
# a figure bounds it ("more than 2 million people in Vietnam").
_THAN_WORD = re.compile(rf"\b(?:{_THAN})[ \t]+(?:{_DETERMINERS})\b", re.IGNORECASE)
_THAN_EXAMPLES = re.compile(r"\b(?:{})[ \t]+[^\d,;:.!?()\n]{{1,60}}?\b(?:{})\b([^;:.!?()\n]{{1,160}})".format(
    _THAN, "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.example_words},
                           key=len, reverse=True)) or "(?!)"), re.IGNORECASE)
_ATTRIBUTING_WORDS = NAME_WORDS.reporting | NAME_WORDS.speech | frozenset(
    fold(opener[0]) for language in LANGUAGES.values() for opener in language.attribution_openers)


def _examples_end(text: str, start: int, end: int) -> int:
    """Where examples opened at `start` end: at the first comma before a stretch holding a word of attribution."""
    at = text.find(",", start, end)
    while at >= 0:
        after = text.find(",", at + 1, end)
        if not _ATTRIBUTING_WORDS.isdisjoint(fold(w) for w in _PLAIN_WORD.findall(text, at + 1,
                                                                                  after if after >= 0 else end)):
            return at
        at = after
    return end


_COMPARING_OR_DENYING = re.compile(r"\b(?:{})\b".format("|".join(sorted(
    {re.escape(w) for language in LANGUAGES.values() for w in (*language.than_words, *language.negations,
                                                               *language.absence_words)},
    key=len, reverse=True)) or "(?!)"), re.IGNORECASE)
# A word of absence right before the name, or a noun phrase of it closed by "of" ("no mention of", "zonder vermelding
# van"): not "no secret that OpenAI …", "no doubt Northlight …", whose name opens a clause of its own.
_ABSENCE_END = re.compile(r"\b(?:{})[ \t]+(?:(?:[^\W\d_]+[ \t]+){{1,2}}(?:{})[ \t]+)?$".format("|".join(sorted(
    {re.escape(w) for language in LANGUAGES.values() for w in language.absence_words}, key=len, reverse=True))
    or "(?!)", "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.linking_words}))
    or "(?!)"), re.IGNORECASE)


def _absent_name(text: str, a: int, b: int) -> bool:
    """Whether the name at text[a:b] is said to be missing from a clause that holds no figure: "…, with no Adobe
    credit anywhere", "without any mention of Adobe", "zonder Adobe te noemen" (not "No Adobe survey found fewer than
    77%")."""
    if _ABSENCE_END.search(text, max(0, a - 30), a) is None:
        return False
    clause = _CLAUSE_END.split(text[b:b + RELATIVE_CHARS], 1)[0]
    return MASKED_GAP not in clause and not any(ch.isdigit() for ch in clause)  # (the figure masked, or written)


_DASHED = re.compile(r"[ \t][—–][ \t]([^—–\n]{1,200}?)[ \t][—–][ \t]")
# "… less than their peers in Madagascar", "zwaarder dan hun collega's in Madagaskar": the peers' place. Not across a
# masked figure's blanks: in "meer dan [2 miljoen] Filipino's" the than-word bounds the figure, whose place it is.
# So is the place of a clause compared with: "more than live in Russia", "meer dan er in Rusland wonen".
_THAN_OWNER_END = re.compile(rf"\b(?:{_THAN})[ \t]{{1,2}}(?:(?:(?:{_OWNERS})[ \t]+)?[\w'’-]+[ \t]+)?(?:(?:{_LEADS})[ \t]+)?$",
                             re.IGNORECASE)


def places_in(text: str, places: Gazetteer | None = None) -> frozenset[str]:
    """Place codes named in `text` (see _places_in)."""
    return _places_in(text) if places is None else _places_in.__wrapped__(text, places)


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _places_in(text: str, places: Gazetteer | None = None) -> frozenset[str]:
    """Place codes named in `text`. The world counts only when no other place is named ("the world's cobalt")
    and not as the first word of a name ("the World Bank")."""
    return _codes(place_spans(text, places), text)


def places_within(text: str, start: int, end: int) -> frozenset[str]:
    """The place codes text[start:end] names, read from the spans of all of `text` (remembered for it): a
    figure's subject is a part of its statement. Its asides are left out."""
    spans = [sp for sp in spans_between(text, start, end) if not _in_aside(text, sp[0])]
    return _codes(spans, text[start:end])


def plain_between(text: str, start: int, end: int) -> str:
    """text[start:end] with the asides of `text` that describe a name blanked out ("**Dr. Ineke Vos** (onderzoeker
    digitale arbeid) herinnerde eraan …"; not "Workers in Madagascar (part-timers, mostly students) earned …"), found
    by bisection: a paragraph may hold many."""
    parts = asides(text)
    k = max(0, bisect.bisect_right(parts, (start, len(text) + 1)) - 1 - ASIDE_OVERLAP)
    chars = None
    for i in range(k, len(parts)):
        a, b = parts[i]
        if a >= end:
            break
        if b > start and _after_name(text, a):
            chars = chars or list(text[start:end])
            lo, hi = max(a, start) - start, min(b, end) - start
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars) if chars else text[start:end]


def _after_name(text: str, at: int) -> bool:
    """Whether a name (no place) ends right before `at`, markup, brackets and commas aside."""
    names = _names_in_order(text)
    low = max(0, at - NAME_GAP)
    before = low + len(text[low:at].rstrip(" \t*_(,[—–-"))
    k = bisect.bisect_right(names, (before, len(text) + 1)) - 1
    return any(b in (before, before - 1) for _, b, _ in names[max(0, k - ASIDE_OVERLAP):k + 1])


NAME_GAP = 12  # characters of markup and punctuation between a name and the aside describing it


def _in_aside(text: str, at: int) -> bool:
    """Whether offset `at` of `text` lies in one of its asides (found by bisection: a paragraph may hold many)."""
    parts = asides(text)
    k = bisect.bisect_right(parts, (at, len(text) + 1)) - 1
    return any(a <= at < b for a, b in parts[max(0, k - ASIDE_OVERLAP):k + 1])


ASIDE_OVERLAP = 3  # asides before the nearest that may still reach over an offset (they seldom nest)


def spans_between(text: str, start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """The place spans of `text` (place_spans) that lie within text[start:end], found by bisection: a paragraph
    of many places is not walked once per figure."""
    spans = _place_spans(text)
    k = bisect.bisect_left(_span_starts(text), start)
    out = []
    while k < len(spans) and spans[k][1] <= end:
        out.append(spans[k])
        k += 1
    return out


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _span_starts(text: str) -> tuple[int, ...]:
    return tuple(a for a, _, _ in _place_spans(text))


def _codes(spans: Sequence[tuple[int, int, tuple[str, ...]]], text: str) -> frozenset[str]:
    """The codes of place spans, an unambiguous name deciding an ambiguous one, the world only alone."""
    sure = {found[0] for _, _, found in spans if len(found) == 1}
    codes: set[str] = set()
    for _, _, found in spans:
        # "Congo" is the DRC's or the Republic's: the text's own unambiguous names decide ("the DRC").
        codes.update(sure.intersection(found) or found)
    if _WORLD_WORDS.intersection(w.lower() for w in _PLAIN_WORD.findall(text)):
        codes.add(WORLD)
    return frozenset(codes - {WORLD} if len(codes) > 1 else codes)


_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_WORLD_WORDS = frozenset(w for language in LANGUAGES.values() for w in language.world_words)


def place_spans(text: str, places: Gazetteer | None = None) -> list[tuple[int, int, tuple[str, ...]]]:
    """The places `text` names, but the world where it opens a name ("the World Bank") and a currency's
    country ("US$")."""
    if places is None:
        return list(_place_spans(text))
    return _spans_of(text, places)


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _place_spans(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    return _spans_and_press(text)[0]


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _spans_and_press(text: str) -> tuple[tuple[tuple[int, int, tuple[str, ...]], ...], tuple[tuple[int, int], ...]]:
    """The place spans of `text` (_spans_of), and those that are adjectives of the press ("a Dutch interview"):
    the gazetteer is asked once for both (and once for a message's place names of the same text: _found)."""
    found = list(_found(text))
    kept = tuple(_spans_of(text, gazetteer(), found))
    # A place dropped as a press adjective, a dateline or a comparison's population is no name either.
    dropped = tuple((a, b) for a, b, _ in found if (_before_media(text, b, a) and not _publication(text, b))
                    or _dateline(text, a, b) or _populations_place(text, a, b))
    return kept, dropped


def _spans_of(text: str, places: Gazetteer, found: list[tuple[int, int, tuple[str, ...]]] | None = None
              ) -> list[tuple[int, int, tuple[str, ...]]]:
    """The places `text` names, but the world where it opens a name ("the World Bank") and a currency's
    country ("US$"); places spanning a range ("van Manilla tot Nairobi", "from Manila to Nairobi") name the world."""
    kept = [(a, b, codes) for a, b, codes in (places.find(text) if found is None else found)
            if not (WORLD in codes and _NEXT_CAPITAL.match(text, b)) and not text.startswith("$", b)
            and not _in_publishers_name(text, a, b) and not _before_media(text, b, a) and not _dateline(text, a, b)
            and not _populations_place(text, a, b) and not _language_said(text, a, b)
            and not _given_name(text, a, b, places)]
    # The ranges of a series ("van Amsterdam tot Maastricht en van Manilla tot Nairobi", "from Manila to Cebu and from
    # Nairobi to Kisumu") are read together: ends in two countries or more make the series the world's, in one that
    # country's.
    series: list[list[int]] = []
    for k in range(len(kept) - 1):
        (a, b, _), (c, _, _) = kept[k], kept[k + 1]
        if _RANGE_BETWEEN.fullmatch(text, b, c) and (opened := _RANGE_OPENED.search(
                text, max(0, a - RANGE_OPENER_CHARS), a)) and not _COUNTRIES_BEFORE.search(
                text, max(0, opened.start() - COUNTRIES_CHARS), opened.start()):
            # (not the ends of a list of countries: "data workers in four countries, from Venezuela to France", "The
            # four countries his team studied, from Venezuela to France")
            joined = bool(series) and series[-1][-1] + 2 == k and opened.group(1) is not None
            series[-1:] = [series[-1] + [k]] if joined else [*series[-1:], [k]]
    for ranges in series:
        countries = {places.country(c) for k in ranges for j in (k, k + 1) for c in kept[j][2]}
        # (one country's: "Cobalt mining, from Kolwezi to Lubumbashi, …" spans the DRC, no two cities of it)
        spanned = (WORLD,) if len(countries) > 1 else tuple(countries)
        for k in ranges:
            kept[k], kept[k + 1] = (*kept[k][:2], spanned), (*kept[k + 1][:2], spanned)
    return kept


# "…, van Manilla tot Nairobi en van Caracas tot Groningen", "…, from Manila to Nairobi": a range set apart by a comma or
# a dash, or joined to one, and its connector (not "moved from Kenya to Uganda", nor "between Kenya and Uganda").
_RANGE_OPENED = re.compile(r"(?:[,(—–]|\b({}))[ \t]+(?:{})[ \t]+$".format("|".join(
    w for language in LANGUAGES.values() for w in language.and_words) or "(?!)", "|".join(
    w for language in LANGUAGES.values() for w, ends in language.range_openers.items() if "tot" in ends or "to" in ends)
    or "(?!)"), re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"[ \t]+(?:{})[ \t]+".format("|".join(sorted({
    w for language in LANGUAGES.values() for opener, ends in language.range_openers.items() for w in ends
    if "tot" in ends or "to" in ends}))) or "(?!)", re.IGNORECASE)
_COUNTRIES_BEFORE = re.compile(r"\b(?:{})\b".format("|".join(sorted({
    w for language in LANGUAGES.values() for w in language.paraphrases.get("country", ())})) or "(?!)"), re.IGNORECASE)
COUNTRIES_CHARS = 60  # characters before a range of places read for the countries it would list
RANGE_OPENER_CHARS = 16  # characters before a place its range's opener and the comma before stand within


def _given_name(text: str, start: int, end: int, places: Gazetteer) -> bool:
    """Whether the place at text[start:end] is a person's first name before a surname, where the person speaks: "Noor
    Halsema (Platformlab Utrecht): …", "zegt Noor Halsema", "Jordan Peterson said" (not "Kenya Airways", nor "In Kenya
    Sama hired …")."""
    word = fold(text[start:end])
    bare = end - 2 if text.endswith(("'s", "’s"), start, end) else end  # "Noor's route": the span holds its possessive
    noun = word if bare == end else fold(text[start:bare])
    if noun in places.peoples and not noun.endswith(PLURAL_ENDINGS) and places.names_noun(text[start:bare]) and \
            _bare_speaker(text, start, bare):
        return True
    if not places.names_noun(text[start:end]) or (m := _SURNAME.match(text, end, end + SURNAME_CHARS)) is None or \
            any(True for _ in places.find(m.group(1))) or (word in places.peoples and word.endswith(PLURAL_ENDINGS)):
        return False  # (a people's plural is no one's name: "Nigerians Otieno:", review-73)
    rest = text[m.end():m.end() + SURNAME_CHARS].lstrip(" \t")
    if rest[:1] in (":", "(") or ((after := _WORD_AT.match(rest)) is not None and fold(after.group()) in NAME_WORDS.speech):
        return True  # a speaker's label, a name and its affiliation, a name before its verb of speech
    if word in places.peoples and not text[:start].strip(" \t*_") and \
            not text[m.end():].strip(" \t*_:.,"):
        return True  # a people's noun and a surname alone: a speaker's label read on its own ("Noor Jansma")
    before = [fold(w) for w in _WORD_AT.findall(text[max(0, start - SURNAME_CHARS):start])][-2:]
    return bool(before) and (before[-1] in NAME_WORDS.speech or any(
        tuple(before[-len(o):]) == o for o in NAME_WORDS.openers if len(o) <= len(before)))


def _bare_speaker(text: str, start: int, end: int) -> bool:
    """Whether a people's singular noun at text[start:end], with no determiner before it, is a person's name: before a
    possessive or a verb of speech, or after a title ("which Noor calls …", "Noor's route", "Dr. Noor Haddad"; not
    "a Kenyan says")."""
    before = _WORD_AT.findall(text[max(0, start - SURNAME_CHARS):start])
    if before and fold(before[-1]) in NAME_WORDS.determiners:
        return False
    if before and fold(before[-1]) in _HONORIFICS:
        return True  # "(with Dr. Noor Haddad)"
    if text.startswith(("'s", "’s"), end):
        return True
    after = _NEXT_LOWER_WORD.match(text, end)
    return after is not None and fold(after.group(1)) in _SAYING


_HONORIFICS = frozenset(fold(t.rstrip(".")) for language in LANGUAGES.values() for t in language.speaker_titles
                        if " " not in t)
_SAYING = NAME_WORDS.speech | frozenset(fold(w) for language in LANGUAGES.values() for w in (
    *language.reporting_words, *language.mention_words))
_SURNAME = re.compile(r"[ \t]([A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)\b")
SURNAME_CHARS = 40  # characters a surname and what follows it are looked for within


_NEXT_NAME = re.compile(r"-|[ \t]+[A-ZÀ-Þ]")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-zà-ÿ]+)")
_IN_LANGUAGE = re.compile(r"(?:^|\W)([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?[ \t]+$")


def _language_said(text: str, start: int, end: int) -> bool:
    """Whether the place word at text[start:end] is a language something is said in: "citing the same institution in
    Dutch", "in het Nederlands" (a people's word before a noun stays theirs: "in Dutch cities")."""
    if fold(text[start:end]) not in language_names():
        return False
    following = _NEXT_LOWER_WORD.match(text, end)
    if (following is not None and fold(following.group(1)) not in _STOPS) or _NEXT_NAME.match(text, end):
        return False  # a noun or a name follows: "in Dutch cities", "in Dutch Limburg", "in het Frans-Guyanese"
    m = _IN_LANGUAGE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    last = fold(m.group(2) or m.group(1))
    return last in _PLACE_PREPOSITIONS or (m.group(2) is not None and last in NAME_WORDS.determiners
                                            and fold(m.group(1)) in _PLACE_PREPOSITIONS)


_POPULATION_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.population_nouns)
# "Roughly the population of the United States" likens the figure to it as "more than" compares it.
_COMPARISON = frozenset(fold(w) for language in LANGUAGES.values() for w in language.comparison_words) | frozenset(
    fold(p[0]) for language in LANGUAGES.values() for p, kind in language.qualifiers.items()
    if kind == "approx" and len(p) == 1)


def _populations_place(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is named as its whole population's, in a comparison: "more than the
    population of the United States", "meer dan de bevolking van Nederland", "ruwweg de bevolking van de VS"."""
    before = [fold(w) for w in _PLAIN_WORD.findall(text[max(0, start - 80):start])][-8:]
    while before and before[-1] in NAME_WORDS.determiners:
        before.pop()
    if len(before) >= 2 and before[-2] in _POPULATION_NOUNS and before[-1] in _LINKS:
        # "more than the (whole) population of the USA": the comparison just before the noun, not a figure's own
        # "more than 2 million people in the workforce of Kenya".
        near = before[-2 - COMPARED_WITHIN:-2]
        return any(w in _COMPARISON and nxt in NAME_WORDS.determiners for w, nxt in itertools.pairwise(near))
    return False


COMPARED_WITHIN = 4  # words a comparison stands before a population: "rivals the entire labour force of"


_LINKS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.linking_words)
_STOPS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.stopwords)


def dateline(text: str) -> str:
    """The place a text's dateline names ("MANILA" of "MANILA — …"), "" when it opens with none: where the report
    was filed, a place of its figures only when nothing else names one ("… is produced here")."""
    found = _dateline_place(text)
    return text[found[0]:found[1]] if found else ""


def _dateline_place(text: str) -> tuple[int, int] | None:
    """Where the place of the dateline a text opens with stands; None when it opens with none."""
    head = text[:DATELINE_REACH]
    if _DATELINE_DASH.search(head) is None:
        return None  # no dash for a dateline to end with (_DATELINE_END): most texts, told without the gazetteer
    return next(((a, b) for a, b, _ in gazetteer().find(head) if _dateline(head, a, b)), None)


DATELINE_REACH = 60  # characters at a text's start a dateline stands in
_DATELINE_END = re.compile(r"[^.!?\n—–]{0,40}?\s[—–-]{1,2}\s")
_DATELINE_DASH = re.compile(r"\s[—–-]{1,2}\s")  # what _DATELINE_END must match at its end


_BRACKETED = re.compile(r"\([^()]*\)")


def _dateline_head(text: str) -> int:
    """Where the dateline a text opens with ends, after its dash ("NAIROBI (Reuters) - "); 0 when it opens with none."""
    found = _dateline_place(text)
    m = _DATELINE_END.match(text, found[1]) if found else None
    return m.end() if m else 0


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is a dateline, where the report was filed: written in capitals at
    the start of a paragraph, before a dash ("MANILA — The government counts …", "NAIROBI (Reuters) - …")."""
    name = text[start:end]
    # At the text's start or a line's, markup and blanks aside: looked for within the few characters before it.
    lead = text[max(0, start - 8):start].rsplit("\n", 1)
    if not (name.isupper() and len(name) > 2) or lead[-1].strip(" *_#>\t") or (len(lead) == 1 and start > 8):
        return False
    return _DATELINE_END.match(text, end) is not None


MEDIA_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.media_nouns)
_TWO_NEXT = re.compile(r"[ \t-]+([^\W\d_]+)(?:[ \t-]+([^\W\d_]+))?(?:[ \t-]+([a-zà-ÿ]+))?")


def _before_media(text: str, end: int, start: int = -1) -> bool:
    """Whether the place ending at `end` is an adjective of the press ("a Dutch interview", "het Amerikaanse
    weekblad"), a qualifier of the press allowed between ("the Kenyan business press"). A noun that is the press only
    at times is a place of its owner's after a possessive ("its Ugandan site", "their Kenyan station")."""
    m = _TWO_NEXT.match(text, end)
    if m is None:
        return False
    first, second = fold(m.group(1)), fold(m.group(2) or "")
    if _publication(text, end):
        return True
    owned = start > 0 and (w := _LAST_WORD.search(text, max(0, start - 12), start)) is not None and fold(
        w.group(1)) in NAME_WORDS.possessives
    third = fold(m.group(3) or "")
    lower = m.group(1)[:1].islower()
    # "a Dutch-language interview"; "a Dutch university news site": the press after a noun of what it is, or after a
    # name it is of ("the Dutch Casilli interview").
    return first in MEDIA_NOUNS or (first in _MEDIA_NEAR and not owned) or second in MEDIA_NOUNS or (
        second in _MEDIA_NEAR and first in _MEDIA_QUALIFIERS) or (lower and m.group(2) is not None and m.group(
            2)[:1].islower() and (third in MEDIA_NOUNS or (second in _MEDIA_NEAR and third in _MEDIA_NEAR)))


def _publication(text: str, end: int) -> bool:
    """Whether the place ending at `end` opens a publication's name ("the Washington Post found …"): the name is
    read whole, as the publication's."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1)[:1].isupper() and fold(m.group(1)) in _PUBLICATIONS


_PUBLICATIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.publication_words)
_MEDIA_NEAR = frozenset(fold(w) for language in LANGUAGES.values() for w in language.media_nouns_near)
_MEDIA_QUALIFIERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.media_qualifiers)


_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")
_CAPITAL_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’.&-]*)+")
PUBLISHER_REACH = 80  # characters of a publisher's name after its place ("Washington Post", "New York Times")


def _in_publishers_name(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] opens the name of whoever reports the figure: "the Washington Post
    reported", "meldde The Washington Post", "according to the New York Times" name no place of it."""
    if _quoter_closed(text, start, end) or _publishers_adjective(text, start, end):
        return True
    run = _CAPITAL_RUN.match(text, end, end + PUBLISHER_REACH)  # bounded: a run of capitals is read once per place
    if run is None:
        return False
    before = text[max(0, start - 40):start].split()
    while before and fold(before[-1]) in NAME_WORDS.determiners:  # an article of the name's own
        start = text.rfind(before.pop(), 0, start)
    # (a quote or bracket opening the statement is no part of its first word: "‘Volgens de Europese Commissie …")
    words = tuple(fold(w).strip(".,;:‘’“”\"'«»()[]*_") for w in before)
    return _reports(text, start, run.end()) or any(words[-len(o):] == o for o in NAME_WORDS.openers)


def _quoter_closed(text: str, start: int, end: int) -> bool:
    """Whether the place closes the name of one who quotes ("zo citeerde de Rijksuniversiteit Groningen socioloog …",
    "the University of Groningen quoted …"): a publisher's name, no place of the figure's."""
    closing = _NAME_CLOSED.search(text, max(0, start - NAME_REACH), start)
    if closing is None or not (fold(closing.group(2)) in _LINKS if closing.group(2) else _STOPS.isdisjoint(
            fold(w) for w in closing.group(1).split())):
        return False
    before = [fold(w) for w in _WORD_AT.findall(text[max(0, closing.start(1) - NAME_REACH):closing.start(1)])]
    while before and before[-1] in NAME_WORDS.determiners:
        before.pop()
    after = _NEXT_WORD.match(text, end)
    if len(before) > 1 and before[-1] in _AGENT and before[-2] in NAME_WORDS.reporting | NAME_WORDS.citing:
        return True  # "an interview …, published by the University of Groningen, cites …": its publisher
    return (bool(before) and before[-1] in NAME_WORDS.citing) or (after is not None and fold(after.group(1)) in NAME_WORDS.citing)


def _publishers_adjective(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] describes who published what is cited: "an interview published by a Dutch
    university", "gepubliceerd door een Nederlandse universiteit" (a government stays its country's)."""
    after = _NEXT_LOWER_WORD.match(text, end)
    if after is None or fold(after.group(1)) not in _PUBLISHING:
        return False  # "as reported by Ugandan workers": people of the place, who may be what the figure is of
    before = [fold(w) for w in _WORD_AT.findall(text[max(0, start - NAME_REACH):start])]
    while before and before[-1] in NAME_WORDS.determiners:
        before.pop()
    return len(before) > 1 and before[-1] in _AGENT and before[-2] in NAME_WORDS.reporting | NAME_WORDS.citing


NAME_REACH = 60  # characters of a name a place closes ("the University of"), and of the words before it
# The capitalised words of a name a place may close, and any word joining them: "University of ", "Rijksuniversiteit ".
_NAME_CLOSED = re.compile(r"(?<![\w'’])((?:[A-Z][\w'’.&-]*[ \t]+)+)(?:([a-z]+)[ \t]+)?$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# Institutions a place's adjective names: their meaning, shared by every language ("government", "overheid").
_INSTITUTIONS = {fold(w): meaning for language in LANGUAGES.values()
                 for meaning, words in language.paraphrases.items() if meaning == "government" for w in words}
_INSTITUTION_MEANINGS = frozenset(_INSTITUTIONS.values())
# Nouns of who publishes: the press, and kinds of institution ("a Dutch university"); not a government, whose country's
# the figure is.
_PUBLISHING = (MEDIA_NOUNS | frozenset(fold(w) for language in LANGUAGES.values() for w in language.name_type_nouns)) \
    - frozenset(_INSTITUTIONS)


def governed(text: str) -> bool:
    """Whether `text` names a government without naming whose ("the government estimates", "volgens de regering")."""
    return any(fold(m.group()) in _INSTITUTIONS for m in _WORD_AT.finditer(text))
_WORD_AT = re.compile(r"[^\W\d_]+")
INSTITUTION_OF_REACH = 40  # characters "government of the" may take before its place


def place_institution(name: str) -> bool:
    """Whether a folded name is an institution named by its place ("ph government"): a country's own, no company."""
    code, _, meaning = name.partition(" ")
    return meaning in _INSTITUTION_MEANINGS and code.upper() in gazetteer().places


def _country_of(code: str) -> str:
    """A place's country, as an institution's name writes it: the government in Jakarta is Indonesia's ("id")."""
    return gazetteer().country(code).lower()


_INSTITUTION_LINKS = frozenset(fold(w) for language in LANGUAGES.values()
                               for w in (*language.linking_words, *language.place_prepositions))


def _institution_of(text: str, start: int) -> int:
    """Where an institution linked to the place at `start` stands ("the government of (the) …", "the government in
    Jakarta"), -1 when none does."""
    words = list(_WORD_AT.finditer(text, max(0, start - INSTITUTION_OF_REACH), start))[-3:]
    if words and fold(words[-1].group()) in NAME_WORDS.determiners:
        words.pop()
    if len(words) < 2 or fold(words[-1].group()) not in _INSTITUTION_LINKS or fold(words[-2].group()) not in \
            _INSTITUTIONS:
        return -1
    between = text[words[-2].start():start]
    return words[-2].start() if between.replace(" ", "").replace("\t", "").isalpha() else -1  # not "of, Kenya"


def _the_institution(text: str, spans: list[tuple[int, int, tuple[str, ...]]]) -> list[tuple[int, int, str]]:
    """An institution named by its noun alone after one country ("In the Philippines alone, the government puts the
    figure at …", "In de Filipijnen schat de overheid …"): that country's."""
    words = list(_WORD_AT.finditer(text))
    for before, m in zip(words, words[1:]):
        if fold(m.group()) in _INSTITUTIONS and fold(before.group()) in NAME_WORDS.determiners:
            # The country named before it (not one after: "Unlike the Philippines, where the government counts …,
            # Indonesia keeps no count" has the comparison's place blanked).
            countries = {_country_of(codes[0]) for _, b, codes in spans if b <= before.start()}
            if len(countries) == 1 and gazetteer().places.get(next(iter(countries)).upper()):
                return [(m.start(), m.end(), f"{next(iter(countries))} {_INSTITUTIONS[fold(m.group())]}")]
            return []
    return []


def organisations_in(text: str, *, reporting_ok: bool = True, known: frozenset[str] = frozenset(),
                     phrase: bool = False) -> frozenset[str]:
    """Folded names of organisations and people in `text`: runs of capitalised words that are no place,
    month, common word or generic acronym. Unless `reporting_ok` is False, a name that only reports the
    figure ("Time reported", "told Reuters") is left out: the publisher is no difference. A `phrase` (a
    keyword) has no sentence start: its first word is capitalised only if it is a name."""
    return frozenset(name for start, end, name in names_in(text, known=known, phrase=phrase)
                     if not (reporting_ok and (_reports(text, start, end) or _reporter(name)
                                               or _renders(text, end))))


def _renders(text: str, end: int) -> bool:
    """Whether the name ending at `end` owns a noun of a figure's rendering: "Amara's alternative, 'as many as 400
    million', …" is how Amara put a figure, no source of it."""
    m = _RENDERS.match(text, end)
    return m is not None and (bool(m.group(1)) or _possessive(text[max(0, end - 2):end]))


# (set beside the figure or said to be it: not "Meta's version of the survey found …", another body's version)
_RENDERS = re.compile(r"(['’]s?)?[ \t]+(?:{})(?:[ \t]*,|[ \t]+(?:{})\b)".format("|".join(
    w for language in LANGUAGES.values() for w in language.rendering_nouns) or "(?!)", "|".join(
    w for language in LANGUAGES.values() for w in language.cleft_copulas)), re.IGNORECASE)


def _reporter(name: str) -> bool:
    """Whether a name is a reporter's, titled so ("Reporter Maartje Dijkgraaf travelled to Cagayan de Oro, where
    …", "Verslaggever …"), or one of the audience's ("**Lezer Sanne:** 'Ik las dat …'"): who tells or asks about
    the figure, no difference of it."""
    first, _, rest = name.partition(" ")
    # (a person's name after an audience's title: "Viewer Research Institute" is a body)
    return bool(rest) and (first in _REPORTER_TITLES or (
        first in _AUDIENCE_TITLES and len(rest.split()) <= PERSON_WORDS and not BODY_HEADS.intersection(rest.split())
        and NAME_WORDS.origins.isdisjoint(rest.split())))


_REPORTER_TITLES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.reporter_titles)
_AUDIENCE_TITLES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.audience_titles)
PERSON_WORDS = 3  # words of a person's name after a title at most ("Jan de Vries")


@functools.lru_cache(maxsize=MEMO_TEXTS)
def speakers_in(text: str, *, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names in `text` that say the figure: "zegt Baert", "Salesforce says" (not "Reuters reported"), an aside
    between left out ("Halden & Roe, a London consultancy, says")."""
    plain = without_asides(text)
    return frozenset(name for start, end, name in names_in(text, known=known)
                     if plain[start:end].strip() and _reports(plain, start, end, NAME_WORDS.speech))


@functools.lru_cache(maxsize=MEMO_TEXTS)  # each figure of a long sentence asks of the same clause
def attributed_in(text: str, *, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names `text` has say its figure: after an opener ("Volgens Remotasks zelf …", "according to the ILO") or
    with a verb of speech ("Remotasks says"); not one it only names ("for platforms such as Remotasks")."""
    found = set(speakers_in(text, known=known))
    for start, end, name in names_in(text, known=known):
        # (A name's span may hold the opener before it: "Volgens Remotasks".)
        before = text[max(0, start - OPENER_CHARS):end]
        before = before[before.rfind(",", 0, len(before) - (end - start)) + 1:]  # within its clause
        # The few words before it, with any title or determiner ("volgens de Vlaamse computerwetenschapper Jeroen
        # Baert"); a name's span may hold the opener ("Volgens Remotasks").
        words = [fold(w) for w in _WORD_AT.findall(before)][:-len(name.split())]
        # (further with a study's noun between: "according to recent estimates by the World Bank")
        words = words[-OPENER_WORDS:] if NAME_WORDS.origins.isdisjoint(words[-STUDY_OPENER_WORDS:]) else \
            words[-STUDY_OPENER_WORDS:]
        # Not the subject of what is said: "The FT also reports that Remotasks … has some 240,000 taskers".
        if any(tuple(words[k:k + len(opener)]) == opener and NAME_WORDS.complementisers.isdisjoint(words[k:])
               for opener in NAME_WORDS.openers for k in range(len(words) - len(opener) + 1)):
            found.add(name)
    return frozenset(found)


OPENER_CHARS = 60  # characters before a name read for the opener of an attribution
OPENER_WORDS = 4  # words an opener stands within before the name
STUDY_OPENER_WORDS = 6  # and with a study's noun among them ("according to recent estimates by the World Bank")


def sources_named(heading: str, *, known: frozenset[str] = frozenset(), studies: bool = False) -> frozenset[str]:
    """The names a heading says the figures under it are from: whoever says them ("Wat de OESO zegt") or a name
    joined to a study ("Oracle-enquête: …", "The Oracle survey"); not every capital of a title."""
    return speakers_in(heading, known=known) | frozenset(
        name for start, end, name in names_in(heading, known=known)
        if ((m := _JOINED_WORD.match(heading, end)) is not None and fold(m.group(1)) in NAME_WORDS.origins)
        # A list's lead-in may name a study whole: "From the Brandpulse Consumer Index" (in a heading's title case
        # "Consumer Personalization Research" is a topic).
        or (studies and " " in name and fold(heading[start:end].split()[-1]) in NAME_WORDS.origins))


_JOINED_WORD = re.compile(r"[- \t]([^\W\d_]+)")


def studied_in(text: str, *, known: frozenset[str] = frozenset(), before: int | None = None) -> frozenset[str]:
    """The names `text` (up to `before`) gives a study of: one a study's noun follows ("a Fairwork study", "Fairwork's
    own survey", "het Fairwork-rapport") or comes after with "by", "van" ("a study by Fairwork", "een onderzoek van
    Fairwork")."""
    stop = len(text) if before is None else before
    if _first_study_at(text) >= stop:
        return frozenset()  # most sentences name no study (nor a report compounded with a name)
    # (the whole text's names, read once for every figure of it)
    return frozenset(name for start, end, name in names_in(text, known=known)
                     if end <= stop and (_study_after(text, end) or _study_before(text, start)))


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _first_study_at(text: str) -> int:
    """Where the first study's noun (or a report's noun compounded with a name) starts in `text`, len(text) when none:
    found once per text, not along it again for each of its figures (a sentence of 500 figures)."""
    found = [m.start() for m in (_STUDY_AT.search(text), _REPORT_COMPOUND_AT.search(text)) if m is not None]
    return min(found, default=len(text))


def _study_after(text: str, end: int) -> bool:
    """Whether a study's noun follows the name ending at `end`, joined or after its possessive and one word."""
    m = _JOINED_AFTER.match(text, end)
    if m is None:
        return False
    if fold(m.group(1)) in _STUDY_WORDS:
        return True
    if text.startswith("-", end) and fold(m.group(1)) in NAME_WORDS.origins:
        return True  # a name compounded with a report's noun made it: "het Platformwerk Monitor-rapport"
    possessive = _possessive(text[max(0, end - 2):end]) or text.startswith(("'", "’"), end)
    after = _NEXT_WORD.match(text, m.end()) if possessive else None
    return after is not None and fold(after.group(1)) in _STUDY_WORDS  # "Fairwork's own survey"


def _study_before(text: str, start: int) -> bool:
    """Whether a study's noun and "by", "van" come before the name at `start` ("a study by the Fairwork Institute")."""
    words = _words_before(text, start)
    return len(words) > 1 and words[-1] in _STUDY_AGENTS and words[-2] in _STUDY_WORDS


_STUDY_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.study_words)
_STUDY_AGENTS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.study_agents)
_STUDY_AT = re.compile(r"\b(?:{})\b".format("|".join(sorted(map(re.escape, _STUDY_WORDS), key=len, reverse=True))
                                            or "(?!)"), re.IGNORECASE)
_JOINED_AFTER = re.compile(r"(?:['’]s?)?[- \t]+([^\W\d_]+)")
# A report's noun compounded after a name: "Monitor-rapport", "OpenAI-cijfers".
_REPORT_COMPOUND_AT = re.compile(r"-(?:{})\b".format("|".join(sorted(map(re.escape, NAME_WORDS.origins), key=len, reverse=True))
                                              or "(?!)"), re.IGNORECASE)


def measured_by(text: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names `text` gives as who measured its figure: the subject of a verb of measuring ("Kestrel Minerals
    Monitor, a consultancy, puts the country's share at 71%", "Kestrel's analysts estimated …", "Het onderzoeksbureau
    Kestrel becijfert …"), the name right after one ("…, schat Kestrel Minerals Monitor"), or the author of a measure
    ("estimates by Kestrel", "counted by Remotasks", "een eigen telling van Remotasks"); not "where Glencore runs the
    mines"."""
    arrives = _ARRIVES_AT.search(text) is not None
    if not (arrives or _MEASURE_AT.search(text)):
        return frozenset()  # most sentences have no such verb or noun
    out = set()
    for start, end, name in names_in(text, known=known):
        if _measures_after(text, end) or _measures_before(text, start) or (arrives and _arrives_after(text, end)):
            out.add(name)
    return frozenset(out)


def _arrives_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` is the subject of a verb of coming to a value, and its clause names the value:
    "het Antwerpse bureau Scheldemijn Analytics kwam in zijn voorjaarsrapport uit op 71 procent", "Ridgemont came to
    74%" (not "Sama came to Kenya in 2015")."""
    m = _APPOSED_VERB.match(text, end)
    if m is None or fold(m.group(1)) not in _RESULT_VERBS:
        return False
    return _ARRIVES_AT.search(_CLAUSE_END.split(text[m.end():m.end() + RELATIVE_CHARS], 1)[0]) is not None


_RESULT_VERBS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.result_verbs)
# A preposition of coming to a value and the value, masked (not a date: "came to Kinshasa on 12 March").
_ARRIVES_AT = re.compile(r"\b(?:{})[ \t]{{2,}}".format("|".join(
    w for language in LANGUAGES.values() for w in language.result_prepositions) or "(?!)"), re.IGNORECASE)


def measured_by_owner(text: str) -> tuple[str, int]:
    """A body `text` names by a third person's possessive and its noun as who measured its figure ("her group puts the
    total at 3.4 million", "haar bond schat het aantal op …"), and where its possessive stands; ("", -1) when none."""
    if not _MEASURE_AT.search(text):
        return "", -1
    for m in _OWNED_BODY.finditer(text):
        # (the figure in the verb's own clause: not "Her team found work in the mines, which produce 70% …")
        if fold(m.group(2)) in _MEASURING_BODIES and _measures_after(text, m.end(2)) and \
                "  " in _CLAUSE_END.split(text[m.end(2):m.end(2) + OWNER_CLAUSE_CHARS], 1)[0]:
            return f"{m.group(1)} {m.group(2)}", m.start()
    return "", -1


OWNER_CLAUSE_CHARS = 160  # characters of a measuring verb's clause read for the figure it measures


def given_by(text: str, known: frozenset[str] = frozenset(), *, verbs: bool = True) -> frozenset[str]:
    """The names `text` says gave its figure: a body as the subject of a verb of giving ("The Ironbark yearbook gives
    73% for …"; not a person, who may only repeat it), or the subject of a relative clause on the figure that gives,
    names or claims it as its own ("the 74% that Kivu claims", "het cijfer van 74 procent dat Kivu Mijnwacht …
    noemt"). Without `verbs`, only the latter: a count of something given is no figure given ("Remotasks gave 2.5
    million Filipinos click work")."""
    if not _GIVING_AT.search(text):
        return frozenset()  # most sentences have no such verb
    return frozenset(name for start, end, name in names_in(text, known=known)
                     if (verbs and _measures_after(text, end, _GIVING_VERBS) and not _a_persons(text, start, name))
                     or _gives_in_relative(text, start, end))


def _a_persons(text: str, start: int, name: str) -> bool:
    """Whether the name at `start` is a person's: titled, or a given name and a surname with no article before it
    ("Siddharth Kara"; not "The Ostrava Metals Review", whose place opens it)."""
    if titled(name):
        return True
    if not person_named(name.split()):
        return False
    before = _PLAIN_WORD.findall(text[max(0, start - MEASURE_CHARS):start])
    while before and before[-1][:1].isupper() and fold(before[-1]) not in NAME_WORDS.determiners:
        before.pop()
    return not (before and fold(before[-1]) in NAME_WORDS.determiners)


def _gives_in_relative(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] opens a relative clause on the figure (right after it, or after a figure's
    noun) whose verb gives, names or claims it: "the 73% that Ironbark claims", "het cijfer van 74 procent dat Kivu
    Mijnwacht voor het Congolese aandeel … noemt"; not "… of the world's cobalt, a metal that Tesla says …"."""
    low = max(0, start - MEASURE_CHARS)
    found = list(_PLAIN_WORD.finditer(text, low, start))
    k = len(found)
    while k > 1 and found[k - 1].group()[:1].isupper():
        k -= 1  # a place may open the name: "dat Lubumbashi Mijnwacht … noemt", whose name is read from "Mijnwacht"
    while k > 0 and fold(found[k - 1].group()) in NAME_WORDS.determiners:
        k -= 1
    if k == 0 or fold(found[k - 1].group()) not in _NOUN_RELATIVES:
        return False
    gap = text[found[k - 2].end() if k > 1 else low:found[k - 1].start()]
    # (the figure masked by spaces, or written)
    if not ("  " in gap or any(ch.isdigit() for ch in gap) or (k > 1 and fold(found[k - 2].group()) in _FIGURE_NOUNS)):
        return False
    clause = _CLAUSE_END.split(text[end:end + RELATIVE_CHARS], 1)[0]
    return not _CLAIMING_WORDS.isdisjoint(fold(w) for w in _PLAIN_WORD.findall(clause))


RELATIVE_CHARS = 120  # characters of a relative clause after its subject read for its verb (Dutch puts it last)
_NOUN_RELATIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.noun_relatives)


def _past_seat(text: str, end: int) -> int:
    """Where the verb may stand after a body named by its seat ("Kalunga Research in Lusaka now puts …"): past the
    place, or `end` when none follows the name."""
    m = _SEAT.match(text, end)
    if m is None or fold(m.group(1)) not in _PLACE_PREPOSITIONS:
        return end
    window = text[m.end():m.end() + SEAT_CHARS]
    return next((m.end() + b for a, b, _ in place_spans(window) if a == 0), end)


SEAT_CHARS = 40  # a place's name, read after a body's preposition
_SEAT = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+(?=[^\W\d_])")


def _measures_after(text: str, end: int, verbs: frozenset[str] | None = None) -> bool:
    """Whether a verb of measuring follows the name ending at `end`: after an apposition, a small word ("itself",
    "also"), a noun the name qualifies ("The Ironbark yearbook gives 73%") or, after a possessive, two ("Kestrel's own
    analysts estimated")."""
    # (a verb that measures with its preposition only measures, it gives nothing: "rekent met")
    phrases = _MEASURING_PHRASES if verbs is None else frozenset()
    verbs = _MEASURING_WORDS if verbs is None else verbs
    if (relative := _SUBJECT_RELATIVE.match(text, end)) is not None:
        # "Ridgemont Metals Research, which put Congo's share at 74%": the relative's verb opens its clause, or in
        # Dutch closes it ("Ridgemont, dat het aandeel op 74 procent schat"), and the clause holds a figure (masked):
        # not "Tesla, which found itself under fire, buys cobalt from the DRC, which produces about 70%".
        clause = _CLAUSE_END.split(text[relative.end():relative.end() + RELATIVE_CHARS], 1)[0]
        if MASKED_GAP in clause:
            words = [fold(w) for w in _PLAIN_WORD.findall(clause)]
            return bool(words) and (words[0] in verbs or words[-1] in verbs)
        # A relative clause of no figure is an aside: the verb after it is the name's ("Scheldemetaal, dat zelf kobalt
        # inkoopt, rekent met een aandeel van 71 procent"; not "Tesla, which found itself under fire, buys …").
    end = _past_seat(text, end)
    m = _APPOSED_VERB.match(text, end)
    if m is None:
        return False
    verb = fold(m.group(1))
    possessive = _possessive(text[max(0, end - 2):end]) or text.startswith(("'", "’"), end)
    for _ in range(POSSESSED_WORDS if possessive else 1):
        if verb in verbs or not (possessive or m.group(1).islower()) or _measures_with(text, m, verb, phrases):
            break
        after = _NEXT_WORD.match(text, m.end())
        if after is None:
            break
        m, verb = after, fold(after.group(1))  # "Remotasks itself counted …", "Remotasks's own survey found …"
    return verb in verbs or _measures_with(text, m, verb, phrases)


def _measures_with(text: str, m: re.Match[str], verb: str, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether the verb matched by `m` and the preposition after it are one of `phrases`: "rekent met een aandeel van 71
    procent" (not "rekent op", relies on)."""
    return bool(phrases) and (nxt := _NEXT_WORD.match(text, m.end())) is not None and (
        verb, fold(nxt.group(1))) in phrases


_SUBJECT_RELATIVE = re.compile(r"[ \t]*,[ \t]+(?:{})\b".format("|".join(
    w for language in LANGUAGES.values() for w in language.subject_relatives)), re.IGNORECASE)
POSSESSED_WORDS = 2  # words between a name's possessive and its verb of measuring ("'s own survey found")


def _measures_before(text: str, start: int) -> bool:
    """Whether the name at `start` follows a verb of measuring ("…, schat Kestrel"), or a measure's noun or a verb of
    measuring and "by", "van" ("estimates by Kestrel", "counted by Remotasks", "een eigen telling van Remotasks")."""
    words = _words_before(text, start)
    if not words:
        return False
    if words[-1] in _MEASURING_WORDS:
        return True
    return len(words) > 1 and words[-1] in _BY_WORDS and (words[-2] in _MEASURING_WORDS or words[-2] in _MEASURE_NOUNS)


def _words_before(text: str, start: int) -> list[str]:
    """The folded words just before the name at `start`, less the determiners right before it ("… by the")."""
    words = [fold(w) for w in _PLAIN_WORD.findall(text[max(0, start - MEASURE_CHARS):start])]
    while words and words[-1] in NAME_WORDS.determiners:
        words.pop()
    return words


MEASURE_CHARS = 40  # characters before a name read for what measured or studied with it
_BY_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in (*language.agent_words, *language.linking_words))
_MEASURE_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.measure_nouns)
_MEASURING_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.measuring_words)
_MEASURING_PHRASES = frozenset(tuple(fold(w) for w in phrase) for language in LANGUAGES.values()
                               for phrase in language.measuring_phrases)
# Any verb of measuring or measure's noun at all: most sentences have none and are passed over with one search.
_MEASURE_AT = re.compile(r"\b(?:{})\b".format("|".join(sorted(
    map(re.escape, _MEASURING_WORDS | _MEASURE_NOUNS | {verb for verb, _ in _MEASURING_PHRASES}), key=len,
    reverse=True)) or "(?!)"), re.IGNORECASE)
_GIVING_VERBS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.giving_words)
# What a relative clause says its subject did with the figure it describes: measured, gave, named, said or claimed it.
_CLAIMING_WORDS = _MEASURING_WORDS | _GIVING_VERBS | NAME_WORDS.speech | frozenset(
    fold(w) for language in LANGUAGES.values() for w in (*language.mention_words, *language.assertion_words))
_GIVING_AT = re.compile(r"\b(?:{})\b".format("|".join(sorted(
    map(re.escape, _CLAIMING_WORDS), key=len, reverse=True)) or "(?!)"), re.IGNORECASE)
_FIGURE_NOUNS = frozenset(fold(w) for language in LANGUAGES.values()
                          for w in (*language.figure_nouns, *language.renaming_nouns))
# After a name: an apposition between commas ("…, a consultancy,"), then the next word.
_APPOSED_VERB = re.compile(r"(?:['’]s?)?(?:[ \t]*,[^,;:.!?()\n]{1,80},)?[ \t]+([^\W\d_]+)")


def names_in(text: str, *, known: frozenset[str] = frozenset(), phrase: bool = False) -> list[tuple[int, int, str]]:
    """Each organisation or person `text` names: its span and its folded name (see _names_in)."""
    return list(_names_in(text, known, phrase))


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _names_in(text: str, known: frozenset[str], phrase: bool) -> tuple[tuple[int, int, str], ...]:
    """Each organisation or person `text` names: its span and its folded name. An institution named by its
    place ("the Philippine government", "de Filipijnse overheid") is named by the place's code and the
    institution's meaning, so that every language names it alike ("ph government")."""
    spans = place_spans(text)
    # A place's adjective of the press ("a Dutch interview") is no place of the figure, and no name either.
    places = [(a, b) for a, b, _ in spans] + list(_spans_and_press(text)[1])
    out: list[tuple[int, int, str]] = []
    # A text of no capitals names the registry's own organisations all the same ("a recent adobe study found"), by
    # their words that are no common word ("time" stays one).
    text = _cased_names(text, known)
    for a, b, found in spans:
        m = _NEXT_WORD.match(text, b)
        if m and fold(m.group(1)) in _INSTITUTIONS:
            out.append((a, m.end(), f"{_country_of(found[0])} {_INSTITUTIONS[fold(m.group(1))]}"))
        elif (at := _institution_of(text, a)) >= 0:
            # "the government of Bangladesh", "de regering van Bangladesh": the same institution.
            out.append((at, b, f"{_country_of(found[0])} {_INSTITUTIONS[fold(_WORD_AT.match(text, at).group())]}"))
    if not out and spans and governed(text):
        out.extend(_the_institution(text, spans))
    inside = {k for a, b in places for k in range(a, b)}  # the characters of places: one look-up per word
    place_ends = {a: b for a, b, _ in spans}
    for start, end, run, sentence_start in _runs_of(text):
        # Place names split a run: "the Kenyans OpenAI hired" holds a place and a name.
        segment: list[tuple[int, int, str]] = []
        for k, word in enumerate([*run, None]):
            if word is not None and (word[0] not in inside or (
                    k + 2 == len(run) and fold(_bare(run[-1][2])) in _INSTITUTION_NOUNS)):
                segment.append(word)  # (a place's adjective before an institution's noun: "The Kenyan Ministry")
                continue
            # "KU Leuven", "University of Groningen": a place closing a name is part of it (and its seat).
            # Not after a sentence's first word that is a common noun: "Datawerk Madagaskar", a title's noun and place.
            closed = word is not None and bool(segment) and _closes_name(segment, word, run[-1], place_ends) and not (
                segment[0][0] == start and sentence_start and (
                    _ordinary(segment[0][2]) or (len(segment) == 1 and _common_noun(fold(_bare(segment[0][2]))))))
            if closed:
                segment.extend(run[k:])
            if segment:
                # A name joined to a group of people it employs is a name wherever it stands: "Uber-chauffeurs",
                # "Sama-medewerkers" ("Full-time workers" joins no group).
                seg_start = segment[0][0] == start and sentence_start and not phrase and not _employs(
                    text, segment[-1][1]) and not _says_next(text, segment)
                name = _name(segment, seg_start, known) if not _place_adjective(text, segment) and not \
                    text.startswith("$", segment[-1][1]) and not _unknown_place(text, segment, known) else ""
                if name and not (len(segment) == 1 and _HANDLE.fullmatch(segment[0][2])
                                 and _poster(text, *segment[0][:2])):
                    out.append((segment[0][0], segment[-1][1], name))
            segment = []
            if closed:
                break
    return tuple(out)


# A user's handle, letters with digits glued after them or words glued by a dot or an underscore, as a post's label
# ("**Fleur88:** Volgens Time …", "**Pieter.W**"): a person posting, no body ("Vision2030 estimates …" is one; a
# camel-cased word is a firm's as often: "OpenAI").
_HANDLE = re.compile(r"[^\W\d_]+(?:\d{2,}|\.[A-ZÀ-Þ]|(?:_[^\W\d_]+)+)")  # (not "Booking.com", "Toloka.ai")
_POSTER_LABEL = re.compile(r"[*_]*(?::|[ \t*_:]*(?:\n|$))")


def _poster(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a post's label: it opens its line, before a colon or alone."""
    return _POSTER_LABEL.match(text, end) is not None and _line_opening(
        text[max(0, start - _OPENING_REACH):start].rstrip("*_"), start <= _OPENING_REACH)


_HYPHENATED = re.compile(r"-([^\W\d_]+)")
# The nouns of an institution a place's adjective may name ("de Europese Commissie", "the Kenyan Ministry").
_INSTITUTION_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.public_body_nouns) | \
    frozenset(fold(w) for language in LANGUAGES.values() for w in language.name_type_nouns)


def _closes_name(segment: list[tuple[int, int, str]], word: tuple[int, int, str], last: tuple[int, int, str],
                 place_ends: dict[int, int]) -> bool:
    """Whether the place opening at `word` ends the run (at `last`) after a name's words: "KU Leuven", "University of
    Groningen"; not after a people's adjective ("Nigeriaanse Lagos"), which opens no segment."""
    end = place_ends.get(word[0])
    words = [fold(w[2]) for w in segment]
    while words and words[-1] in NAME_WORDS.connectors:
        words.pop()
    return end is not None and end >= last[1] and bool(words) and _STOPS.isdisjoint(words) and \
        not all(w in NAME_WORDS.determiners for w in words)


def _employs(text: str, end: int) -> bool:
    """Whether the word ending at `end` is joined by a hyphen to a noun for a group of people."""
    m = _HYPHENATED.match(text, end)
    return m is not None and bool(populations(m.group(1)))


def _says_next(text: str, segment: list[tuple[int, int, str]]) -> bool:
    """Whether a single word opening a sentence is a name by the verb or relative clause after it: "Oracle found that
    …", "Oracle, which competes …" (a bare singular noun is no subject in English or Dutch; "Research found", "Critics
    say", "Surveys found" stay words)."""
    if len(segment) != 1:
        return False
    m = _NEXT_WORD.match(text, segment[0][1])
    relative = _NEXT_RELATIVE.match(text, segment[0][1])  # "Oracle, which competes for the same budgets, …"
    word = fold(_bare(segment[0][2]))
    if not (relative and fold(relative.group(1)) in _CLAUSE_RELATIVES) and (m is None or fold(m.group(1)) not in _SAYS_VERBS):
        return False
    if word in NAME_WORDS.origins or _common_noun(word) or (word.endswith(_ADVERB_ENDINGS) and _in_prose(word)):
        return False  # (nor an adverb before a verb its subject follows: "Landelijk schat de Filipijnse overheid …")
    return not _plural_of_word(word) and frequency.zipf(word) < NAMED_SUBJECT_ZIPF


_NEXT_RELATIVE = re.compile(r",[ \t]+([^\W\d_]+)")
_CLAUSE_RELATIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.clause_relatives)


def _neutral_name(word: str) -> bool:
    """Whether a word is as common in English as in Dutch prose, and rare in both: a name's ("Deloitte", "Oracle");
    a common word is one language's ("Research", "Onderzoek"), or common in both ("Half", "Media")."""
    if word in NAME_WORDS.origins or _common_noun(word) or _plural_of_word(word):
        return False
    en, nl = (frequency.zipf(word, (code,)) for code in ("en", "nl"))
    return min(en, nl) > frequency.RAREST and abs(en - nl) < NEUTRAL_SPREAD and max(en, nl) < NEUTRAL_ZIPF


NEUTRAL_SPREAD = 0.6  # Zipf values a name's two languages' frequencies lie within ("deloitte": 3.01 and 3.11)
NEUTRAL_ZIPF = 4.5  # and below which both lie ("half", "media", "radio" are words of both languages)


def _plural_of_word(word: str) -> bool:
    return any(word.endswith(e) and frequency.zipf(word[:-len(e)]) > frequency.RAREST for e in PLURAL_ENDINGS)


NAMED_SUBJECT_ZIPF = 5.0  # "Google found" is a name's; "Research found", "Evidence suggests" a word's
_SAYS_VERBS = (NAME_WORDS.reporting | NAME_WORDS.speech | frozenset(
    fold(w) for language in LANGUAGES.values() for w in language.reported_clause_leads)) - NAME_WORDS.complementisers
PLURAL_ENDINGS = tuple(e for language in LANGUAGES.values() for e in language.plural_endings)


def _compounded(word: str, known: frozenset[str]) -> bool:
    """Whether a word is a known one-word name compounded with the noun of a work ("Wereldbankschatting",
    "Wereldbankcijfers"): it names the work, not who made it; the sentence's own names say whose it is. Tried at the
    known names only (a name's length each), so a long word costs no more than its known prefixes."""
    return any(word.startswith(name) and (word[len(name):] in _WORK_NOUNS or (
        word[len(name):len(name) + 1] == "s" and word[len(name) + 1:] in _WORK_NOUNS))
        for name in known if " " not in name and len(name) >= COMPOUND_HEAD and len(word) > len(name))


COMPOUND_HEAD = 4  # letters of a known name opening a compound at least


def _name(run: list[tuple[int, int, str]], sentence_start: bool, known: frozenset[str]) -> str:
    """The folded name a run of capitalised words makes, or "" when it names no organisation or person."""
    words = list(run)
    determined = False
    while words and fold(words[0][2]) in NAME_WORDS.determiners:
        words.pop(0)
        determined = True  # "The World Bank": what follows a capitalised article is a name
    placed = False  # "de Europese Commissie", "the French Ministry": a place's adjective says whose institution it is
    while words and (fold(_bare(words[-1][2])) in NAME_WORDS.generic or fold(_bare(words[-1][2])) in NAME_WORDS.months):
        if len(words) > 1 and fold(_bare(words[-1][2])) not in NAME_WORDS.months and places_in(words[-2][2]):
            placed = True
            break
        words.pop()  # "On Monday": a date closes no name
    if not words:
        return ""
    while words and fold(words[-1][2]) in NAME_WORDS.connectors:
        words.pop()
    if not words:
        return ""
    text = " ".join(_bare(w[2]) for w in words)
    if fold(text) in known:
        return fold(text)
    if len(words) > 2 and fold(words[0][2]) in _TITLE_WORDS and fold(words[1][2]) in _LINKING_WORDS:
        # "the Director of Campaigns", "the Chairman of Salesforce": a role, its holder no organisation; what it is
        # a role of may be one
        rest = words[2:]
        while rest and fold(rest[0][2]) in NAME_WORDS.determiners:
            rest = rest[1:]
        # (a proper name, not a department's common words: "de Minister van Sociale Zaken")
        return _name(rest, False, known) if rest and (fold(" ".join(w[2] for w in rest)) in known or not all(
            _ordinary(w[2]) for w in rest if fold(w[2]) not in NAME_WORDS.connectors)) else ""
    first = words[0][2]
    if sentence_start and not determined and len(words) > 2 and _ordinary(first) \
            and fold(words[1][2]) in NAME_WORDS.connectors:
        return _name(words[2:], False, known)  # "Volgens de Wereldbank", "According to Reuters"
    if sentence_start and not determined and len(words) > 1 and fold(first) in _STOPS:
        return _name(words[1:], False, known)  # "In Adobe's previous survey", "Bij Sama", "For OpenAI"
    if len(words) == 1:
        folded = fold(_bare(first))
        head, _, rest = first.partition("-")
        if rest and len(head) <= PREFIX and rest.islower():
            return ""  # "X-rays", "E-mail": a common noun with a letter before it
        if folded in NAME_WORDS.generic or folded in NAME_WORDS.months or not first[:1].isalpha() or len(folded) < 2:
            return ""
        if sentence_start and not determined and (not _possessive(first) or _common_noun(folded)) and (
                _ordinary(first) or _common_noun(folded) or folded.endswith(_ABSTRACT_ENDINGS)) and not _neutral_name(folded):
            return ""  # a first word is capitalised anyway: "Wages rose", "Annotators earn" (a rare name stays)
        if not _inner_caps(first) and (frequency.zipf(folded) >= COMMON_ZIPF or (folded in _STOPS and not first.isupper())):
            return ""  # (a function word capitalised opens a quoted title: "carrousel \"Wie traint jouw AI?\"")
        if _compounded(folded, known):
            return ""  # "een ander Wereldbankcijfer": a work of a known name, no organisation of its own
        if folded in _TITLE_WORDS:
            return ""  # "Een Kamerlid sprak van …", "A Senator": a title alone names no one
        return folded
    if not placed and all(fold(_bare(w[2])) in NAME_WORDS.generic or fold(_bare(w[2])) in NAME_WORDS.months
                          for w in words):
        return ""
    return fold(text)


def _ordinary(word: str) -> bool:
    """A word the languages' prose uses in lower case: in the frequency tables (each part of a hyphenated
    word: "Full-time"), and not camel-cased."""
    folded = fold(_bare(word))
    # (or one's attributive form: "Onderzochte landen: vier" opens with "onderzocht"; not any stem, which names lose
    # too: "Appen", "Aerts", "Oakes")
    return not _inner_caps(word) and (_in_prose(folded) or ("-" not in folded and any(
        folded.endswith(e) and _in_prose(folded[:-len(e)]) for e in _ATTRIBUTIVE_ENDINGS)))


_LINKING_WORDS = frozenset(w for language in LANGUAGES.values() for w in language.linking_words)
_TITLE_WORDS = frozenset(fold(t) for language in LANGUAGES.values() for t in language.speaker_titles if " " not in t)
_ATTRIBUTIVE_ENDINGS = tuple(e for language in LANGUAGES.values() for e in language.attributive_endings)


def _in_prose(folded: str) -> bool:
    """Whether the languages' frequency tables hold a folded word, each part of a hyphenated one."""
    return all(frequency.zipf(p) > frequency.RAREST for p in folded.split("-") if p)


def _common_noun(folded: str) -> bool:
    """A word the languages know as a noun for people or a paraphrase ("annotators", "klikwerkers")."""
    keys = lexical_keys(folded)
    return any(k.startswith("@") for k in keys) or bool(populations(folded))


def _inner_caps(word: str) -> bool:
    return any(c.isupper() for c in word[1:])


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "'", "’"))


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’")


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _runs_of(text: str) -> tuple[tuple[int, int, tuple[tuple[int, int, str], ...], bool], ...]:
    """_runs, remembered: a text's names are read without the registry's names (asides) and with them
    (organisations_in), and the runs of capitals are the same for both."""
    return tuple((start, end, tuple(run), opens) for start, end, run, opens in _runs(text))


def _shouted(run: list[tuple[int, int, str]]) -> bool:
    """Whether a run of capitals is words written in capitals for emphasis, not a name: function words ("MORE THAN 20
    million", "MEER dan"; an acronym of three letters stays one: "WHO", "US"), or a ticker's line of ordinary words
    ("OF CONSUMERS WANT BRAND EXPERIENCES TAILORED TO THEIR NEEDS"; "WORLD BANK" is two)."""
    if not all(w.isupper() and len(w) > 1 for _, _, w in run):
        return False  # "A WHO study" opens with an article
    if all(fold(w) in _STOPS for _, _, w in run):
        return len(run) > 1 or len(run[0][2]) > ACRONYM or fold(run[0][2]) in _CLAUSE_NEGATIONS  # ("What I would NOT use")
    return len(run) >= SHOUTED_WORDS and all(fold(w) in _STOPS or _in_prose(fold(w)) for _, _, w in run)


_CLAUSE_NEGATIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.clause_negations)
SHOUTED_WORDS = 3  # ordinary words in capitals a ticker's run holds at least (a name in capitals may hold two)


ACRONYM = 3  # letters of a capitalised function word that may be an acronym


def _runs(text: str):  # type: ignore[no-untyped-def]
    """Runs of capitalised words (with inner connectors such as "of", "van"): start, end, words (each with its
    span), and whether the run opens a sentence."""
    tokens = [piece for m in _TOKEN.finditer(text) for piece in _name_pieces(m.start(), m.group().rstrip("."))]
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        if not _capitalised(word):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens) and not (_possessive(run[-1][2]) and gazetteer().names_whole(tokens[j][2])):
            # (a possessive before a place's word ends the name: "OpenAI's Kenyan contractors", not "AI's Hidden Workers")
            a, b, w = tokens[j]
            gap = text[end:a]
            if (gap.strip(" ") or "\n" in gap) and not (
                    gap in _PLURAL_POSSESSIVE and run[-1][2].endswith("s") and len(run) > 1 and fold(w) in BODY_HEADS):
                break  # (but a plural's possessive before a body's noun: "the Dhaka Shift Workers' Forum")
            if _capitalised(w):
                run.append(tokens[j])
                end = b
                j += 1
            elif fold(w) in NAME_WORDS.connectors and j + 1 < len(tokens) and _capitalised(tokens[j + 1][2]) \
                    and not text[b:tokens[j + 1][0]].strip(" "):
                run.extend((tokens[j], tokens[j + 1]))
                end = tokens[j + 1][1]
                j += 2
            else:
                break
        if _shouted(run) or text[start - 1:start] == "@":
            i = j  # (a handle: "@Fenna En dan nog …" answers Fenna, who says nothing of the figure)
            continue
        # Only the characters just before it are looked at: a paragraph of many names stays linear.
        near = text[max(0, start - _OPENING_REACH):start].rstrip(" \"'“‘„‚«(*_#>")  # (Dutch opens a quote low: „)
        before = near.rstrip("-")
        # A spaced hyphen is a dash ("GENEVA (Reuters) - Between …"); a hyphen glued to a word is none.
        # A short bracketed label opening the line is no sentence of its own: "(11:40) Why they had to read …".
        label = _LINE_LABEL.search(before)
        # A label's halves in two languages each open as a sentence does: "Uurloon Keniaanse moderatoren / Hourly pay".
        yield start, end, run, (not before and start <= _OPENING_REACH) or before[-1:] in (
            ".", "!", "?", ":", "\n", "—", "–", "/", "|", "·", "•") or (near != before and before[-1:] in (" ", "\t", ")", "")) or (
            label is not None and _line_opening(before[:label.start()], start <= _OPENING_REACH))
        i = j


_OPENING_REACH = 80  # characters before a run looked at for what opens its sentence
# Nouns that close a body's name: "… Workers' Forum", "Stichting …", "… Institute".
BODY_HEADS = frozenset(fold(w) for language in LANGUAGES.values()
                       for w in (*language.name_type_nouns, *language.organisation_nouns, *language.body_nouns))
_MEASURING_BODIES = BODY_HEADS | frozenset(fold(w) for language in LANGUAGES.values() for w in language.group_nouns)
# A third person's possessive and the noun after it (maybe with "own"): "her group", "hun eigen bond".
_OWNED_BODY = re.compile(r"\b({})[ \t]+(?:(?:{})[ \t]+)?([^\W\d_]+)".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.third_person_possessives})),
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.own_words}))), re.IGNORECASE)
_PLURAL_POSSESSIVE = ("' ", "’ ")
# A short bracketed label, or a live blog's clock time ("**11:10** Asked about Kenya, …"), opening a line.
_LINE_LABEL = re.compile(r"(?:[(\[][^()\[\]\n]{1,12}[)\]]|(?<![\d.:])\d{1,2}[:.]\d{2})[*_]*$")


def _line_opening(before: str, whole: bool) -> bool:
    """Whether nothing but a list's or a quote's markup stands before on its line (`whole`: `before` starts the text)."""
    line = before.rsplit("\n", 1)
    return (len(line) > 1 or whole) and not line[-1].strip(" \t-*+>#")


def _name_pieces(start: int, word: str) -> list[tuple[int, int, str]]:
    """A token as the words a name run reads: "Adobe-commissioned" is the name "Adobe" and a lower-case word
    after it (so the run ends there), where "Coca-Cola" and "Rolls-Royce" stay one word."""
    if "-" in word and (label := GLUED_LABEL.match(word)):  # "CORRECTED-Philippines has …": a label names nothing
        return [(start + label.end(), start + len(word), word[label.end():])]
    # A prefix of two letters is no name of its own: "Co-operation", "E-commerce".
    cut = next((k for k in range(PREFIX + 1, len(word) - 1) if word[k] == "-" and word[k + 1].islower()), -1)
    if cut < 0 or not (word[:1].isupper() or _inner_caps(word[:cut])) or (
            word[:1].isupper() and fold(word[cut + 1:]) in NAME_WORDS.connectors):  # "reCAPTCHA-test" is one
        return [(start, start + len(word), word)]  # (a double surname goes on: "Esther Manalo-de Wit")
    return [(start, start + cut, word[:cut]), (start + cut + 1, start + len(word), word[cut + 1:])]


PREFIX = 2


_ADJECTIVE_ENDINGS = tuple(e for language in LANGUAGES.values() for e in language.adjective_endings)
_LOWER_NEXT = re.compile(r"[ \t]+[a-zà-ÿ]")
ADJECTIVE_STEM = 4  # letters before the ending: "Leid-se", not "Chase" or "Louise"


_PLACE_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.place_prepositions)
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


def _unknown_place(text: str, segment: list[tuple[int, int, str]], known: frozenset[str]) -> bool:
    """Whether a one-word name stands after a preposition or noun of place ("a labour economist in Geneva", "het
    eiland Mindanao"): a place the gazetteer does not hold, no organisation ("US$" is a currency, checked apart)."""
    if len(segment) != 1 or fold(segment[0][2]) in known or _possessive(segment[0][2]) or \
            text.startswith(("'", "’"), segment[0][1]):
        return False  # "in Adobe's study" names Adobe
    m = _LAST_WORD.search(text, max(0, segment[0][0] - 20), segment[0][0])
    word = fold(m.group(1)) if m is not None else ""
    # "het eiland Mindanao", "de kuststad Cagayan": a noun of place, or a compound of a word and one (not "publicity")
    return word in _PLACE_PREPOSITIONS or word in _PLACE_NOUNS or any(
        word.endswith(n) and frequency.zipf(word[:-len(n)]) > frequency.RAREST for n in _PLACE_NOUNS)


_PLACE_NOUNS = tuple(fold(w) for language in LANGUAGES.values() for w in language.place_nouns)


def _place_adjective(text: str, segment: list[tuple[int, int, str]]) -> bool:
    """Whether a one-word name is a place's adjective: "een Leidse arbeidseconoom", "de Utrechtse onderzoeksgroep"."""
    words = [w for w in segment if fold(w[2]) not in NAME_WORDS.determiners]  # "De Haagse hogeschool"
    if len(words) != 1:
        return False
    start, end, word = words[0]
    ending = next((e for e in _ADJECTIVE_ENDINGS if word.endswith(e)), None)
    return ending is not None and len(word) - len(ending) >= ADJECTIVE_STEM and \
        word[-len(ending) - 1].lower() not in "aeiouy" and _LOWER_NEXT.match(text, end) is not None


def _capitalised(word: str) -> bool:
    """A word of a name: capitalised or camel-cased; for "AI-based" or "AI-bedrijven", its capitalised part
    must be more than a generic name."""
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        caps = [p for p in parts if p[:1].isupper()]
        if caps and all(fold(p) in NAME_WORDS.generic for p in caps) and len(caps) < len(parts):
            return False
    if not (word[:1].isupper() or (len(word) > 1 and _inner_caps(word) and word[:1].isalpha())):
        return False  # most words: what follows only ever says no to a capitalised one
    if "_" in word:
        return False  # a poster's handle ("**Henri_V** · 2 Mar"): the thread's writer, no body a figure is of
    if len(word) > 1 and word[1:].isdigit() or word.rpartition("-")[2].isdigit():
        return False  # a reference or a model, no name: "(Q23)", "B12", "GPT-4"
    head, mark, tail = word.replace("’", "'").partition("'")
    if mark and len(head) == 1 and len(tail) <= 2 and tail.islower():
        return False  # a pronoun's contraction: "I'd", "I've" (not "O'Brien")
    if _speaking(word):
        return False  # "Franstalig Afrika", "Engelstalige media": the language's, no one's name
    return word[:1].isupper() or (len(word) > 1 and _inner_caps(word) and word[:1].isalpha())


def _speaking(word: str) -> bool:
    """Whether a word is a language's name made an adjective of its speakers ("Franstalig", "Nederlandstalige")."""
    folded = fold(word)
    return any(folded.endswith(e) and folded[:-len(e)] in language_names() for e in _LANGUAGE_ENDINGS)


_LANGUAGE_ENDINGS = tuple(e for language in LANGUAGES.values() for e in language.language_adjective_endings)
_HYPHENATED_ENDINGS = tuple(e for e in _LANGUAGE_ENDINGS if e.startswith("-"))
_AGENT = frozenset(fold(w) for language in LANGUAGES.values() for w in language.agent_words)
TITLE_WORDS = 2  # lower-case words of a title between a reporting verb and a name ("said computer scientist")
_NOT_TITLES = NAME_WORDS.reporting | NAME_WORDS.determiners | _STOPS


_PEOPLE_ENDINGS = tuple(e for language in LANGUAGES.values() for e in language.people_adjective_endings)
_ADDRESSEES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.addressee_words)
ADDRESSEE_REACH = 5  # words before a name read for a speech verb and the word that leads whom it tells


def _comma_after_speech(words: list[str]) -> bool:
    """Whether a comma closes the last verb of speech among `words` or a word after it: "said, pointing to an Adobe
    study" points to a source, whom "said to the BBC" (or "said, speaking to Reuters") tells."""
    last = max((k for k, w in enumerate(words) if fold(w).strip(".,;:") in NAME_WORDS.speech), default=-1)
    return last >= 0 and any(w.endswith(",") for w in words[last:])


def _reports(text: str, start: int, end: int, verbs: frozenset[str] | None = None) -> bool:
    """Whether the name at text[start:end] only reports ("Time reported", "told Reuters", "writes X"), beside one
    of `verbs` when given (the reporting words otherwise)."""
    verbs = NAME_WORDS.reporting if verbs is None else verbs
    if verbs is NAME_WORDS.reporting and _authors(text, start):
        return False  # "A survey by the payments company Klarna reports that 77% …": Klarna's survey
    skip = _BLANKS.match(text, end).end()  # an aside blanked out between: "Halden & Roe, [a London consultancy], says"
    after = text[skip:skip + 40].split()
    before = text[max(0, start - 40):start].rstrip(" ,*_“\"'").split()
    words = [fold(w).strip(".,;:") for w in after[:3]]
    # "says Casilli", and with a title between: "says sociologist Antonio Casilli", "zegt arbeidssocioloog Vermeer"
    titles = 0
    while titles < TITLE_WORDS and len(before) > titles + 1 and before[-1 - titles][:1].islower() and \
            fold(before[-1 - titles]).strip(".,;:") not in _NOT_TITLES:
        titles += 1
    prev = fold(before[-1 - titles]).strip(".,;:") if before else ""
    if (prev in _AGENT or (prev in _PLACE_PREPOSITIONS and verbs is NAME_WORDS.reporting)) and len(
            before) > titles + 1 and fold(
            before[-2 - titles]).strip(".,;:") in NAME_WORDS.citing:
        # "quoted by The Washington Post", "geciteerd in AI's Hidden Workers"; "published by Salesforce" names the
        # author. Who cites it passes it on: a reporter, no speaker of its own figure ("an estimate cited by Oxfam").
        return verbs is NAME_WORDS.reporting
    if verbs is NAME_WORDS.reporting:
        lead = [fold(w).strip(".,;:") for w in before[-ADDRESSEE_REACH:]]
        while lead and lead[-1] in NAME_WORDS.determiners:
            lead.pop()
        if lead and lead[-1] in _ADDRESSEES and not NAME_WORDS.speech.isdisjoint(lead[:-1]) and not any(
                tuple(lead[-len(opener):]) == opener for opener in NAME_WORDS.openers) and \
                (len(lead) < 2 or lead[-2] in _SPEECH_PARTICIPLES
                 or not _comma_after_speech(before[-ADDRESSEE_REACH:][:len(lead) - 1])):
            # (not "says that, according to the World Bank": an attribution's opener)
            return True  # "zei hij tegen de NOS", "she said to the BBC": the one told only reports
        # (or two nouns of the press only after a name: "he told a Flemish news site")
        if words and (words[0] in MEDIA_NOUNS or (words[0] in _MEDIA_NEAR and len(words) > 1 and (
                words[1] in MEDIA_NOUNS or words[1] in _MEDIA_NEAR))) and (
                not NAME_WORDS.speech.isdisjoint(lead) or fold(text[start:end]).endswith(_PEOPLE_ENDINGS)):
            return True  # "he told a Flemish magazine", "a Flemish outlet" ("A Salesforce blog found …" is a source)
        if lead and lead[-1] in MEDIA_NOUNS and not NAME_WORDS.speech.isdisjoint(lead[:-1]):
            return True  # "he told the Flemish magazine MO*": the medium named after its noun only reports
    if words and words[0] in _CITING_PARTICIPLES and text[end:end + 2].lstrip(" ")[:1] == ",":
        return True  # "The Mail & Guardian, citing the same Time story, …" passes it on
    if words and words[0] in NAME_WORDS.citing and text[end:end + 2].lstrip(" ")[:1] == "," and len(words) > 1 and (
            words[1] in _AGENT or words[1] in _PLACE_PREPOSITIONS):
        return False  # "Wereldbank, geciteerd in AI's Hidden Workers": the one cited is the figure's source
    if words and words[0] in verbs:
        if len(before) > 1 and fold(before[-1]) in _EMPLOYER_PREPOSITIONS and names_people(people := fold(
                before[-2])) and words[0] in NAME_WORDS.speech and not (
                people in _REPORTER_TITLES or people[:-1] in _REPORTER_TITLES or _press_name(text, start, end)):
            # (not the press's people: "Journalists at Reuters reported …", "… told us")
            return False  # "Moderators at Kestrel Review told us …": the people's employer, not who tells it
        if len(after) > 1 and text[end:end + 2].lstrip(" ")[:1] == "," and after[1][:1].isupper():
            # "Volgens een onderzoek van Google, schrijft Brouwer, …": who writes is named after the verb (a pronoun
            # there may open what was said: "The workers, employed by Sama, said they …").
            return False
        rest = words[1:]
        if rest and rest[0] in NAME_WORDS.complementisers:
            rest = rest[1:]
        # "Adobe reports that its survey …" is Adobe's; so is what one publishes as its own ("published a figure of its
        # own", "publiceerde een eigen schatting"), and what a body that makes figures reports ("The Brandsight Consumer
        # Panel reports that …", "het onderzoeksbureau Panelkracht meldt dat …"): the press only reports.
        return not (rest and rest[0] in NAME_WORDS.possessives) and (
            _press_name(text, start, end) or not (_owned(text, skip) or _makes_figures(text, start, end)))
    # "A panelist said Vietnam's government counts …": a name after a verb of speech that a verb of finding follows is
    # the subject of what was said, not who said it ("…, said Baert in an interview").
    # Not after the comma closing a speech tag: in "Across the border, he added, Zambia's Copperbelt produces …" the
    # name opens what was said.
    closed = "," in text[max(0, start - 4):start]
    # Nor a possessive: "Time reported OpenAI's Kenyan contractors were paid …" names whose contractors, no speaker.
    # Nor the one a verb of quoting has as its object: "Casilli cited World Bank figures of …" names their source.
    return prev in verbs and prev not in NAME_WORDS.citing and not closed and not (
        words and words[0] in CLAUSE_VERBS) and not _possessive(text[start:end])


_BLANKS = re.compile(r"[ ,]*")
# (or "to" in an aside after the place it describes: "In Uganda, a short flight to Nairobi, …")
_MEASURED_FROM = re.compile(r"(?:\b(?:{0})['’]?[ \t]+(?:{1})|,[^,;:.!?\n]{{0,30}}\b(?:{0})['’]?[ \t]+(?:{2})|{3})[ \t]+"
                            r"(?:(?:{4})[ \t]+)?$".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.bearing_words})),
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.bearing_prepositions})),
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.bearing_aside_prepositions}))
    or "(?!)",
    "|".join(sorted({r"[ \t]+".join(map(re.escape, w.split())) for language in LANGUAGES.values()
                     for w in language.bearing_phrases})) or "(?!)",
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.definite_articles}))),
    re.IGNORECASE)
_EMPLOYER_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.employer_prepositions)


def _makes_figures(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a body's that makes figures, by its last word or the noun before it: a
    panel, an institute, a bureau ("The Brandsight Consumer Panel", "het onderzoeksbureau Panelkracht")."""
    last = _PLAIN_WORD.findall(text[start:end])
    before = _PLAIN_WORD.findall(text[max(0, start - TITLE_CHARS):start])
    # Or a researcher's title opening the sentence with a body's name: "Marktonderzoeker Klantwijzer meldt dat …",
    # "Marktonderzoeker GfK Nederland …" (not with a person's: "Onderzoeker Katleen Gabriëls citeert Adobe").
    return any(word and (word in _FIGURE_MAKERS or word.endswith(MAKER_ENDINGS)) for word in (
        fold(last[-1]) if last else "", fold(before[-1]) if before else "")) or (
        len(last) > 1 and not person_named(last[1:]) and (
            (title := fold(last[0])) in _RESEARCHERS or title.endswith(_RESEARCHER_ENDINGS)))


def _names_a_person(names: frozenset[str]) -> bool:
    """Whether a claim's names hold a person's, named in full and by surname ("antonio casilli", "casilli"; not "openai
    chatgpt", two bodies' names, nor "washington post")."""
    return any(person_named(words := n.split()) and words[-1] in names and words[0] not in names for n in names)


def titled(name: str) -> bool:
    """Whether a folded name opens with a person's title: "mr hale", "dr noor haddad"."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first in _HONORIFICS


def person_named(words: list[str]) -> bool:
    """Whether the words after a title are a person's given name and surname ("Katleen Gabriëls"), not a firm's name
    (one word, a body's noun, a place: "GfK Nederland")."""
    return len(words) == 2 and not BODY_HEADS.intersection(fold(w) for w in words) and not places_in(" ".join(words))


def _press_name(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a paper's by its last word ("De Volkskrant", "het Nederlands Dagblad"):
    what it reports, in a work of its own too, it only reports."""
    words = _PLAIN_WORD.findall(text[start:end])
    last = fold(words[-1]) if words else ""
    return bool(last) and (last in MEDIA_NOUNS or last.endswith(_PRESS_ENDINGS))


_PRESS_ENDINGS = tuple(w for w in MEDIA_NOUNS if len(w) >= 5)  # "volkskrant", "weekblad"
TITLE_CHARS = 30  # characters before a name read for the noun that says what it is
_FIGURE_MAKERS = NAME_WORDS.origins | frozenset(fold(w) for language in LANGUAGES.values() for w in (
    *language.name_type_nouns, *language.researcher_titles))
# A compound's last part says what it is: "onderzoeksbureau", "adviesbureau", "statistiekinstituut".
MAKER_ENDING_LETTERS = 6
MAKER_ENDINGS = tuple(fold(w) for language in LANGUAGES.values() for w in language.name_type_nouns
                      if len(w) >= MAKER_ENDING_LETTERS)
_RESEARCHERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.researcher_titles)
_RESEARCHER_ENDINGS = tuple(w for w in _RESEARCHERS if len(w) >= MAKER_ENDING_LETTERS)


def _owned(text: str, at: int) -> bool:
    """Whether the clause of the verb at `at` calls what it tells its subject's own ("published a figure of its own
    last month", "publiceerde vorige maand een eigen schatting") or tells it in a work ("in a new report")."""
    clause = _CLAUSE_END.split(text[at:at + OWNED_REACH], 1)[0]
    told = [fold(w) for w in _PLAIN_WORD.findall(clause)[1:OWNED_WORDS + 1]]
    if told and told[0] in IN_WORDS and not NAME_WORDS.origins.isdisjoint(told[1:IN_WORK_WORDS + 1]):
        return True  # "meldt in een nieuw rapport dat …", "says in its annual survey": told in a work of its own
    verb = _PLAIN_WORD.findall(clause)[:1]
    if verb and fold(verb[0]) in _PUBLISHING_VERBS and told and told[0] in _ARTICLES and \
            not NAME_WORDS.origins.isdisjoint(told[1:IN_WORK_WORDS + 1]):
        return True  # "Gartner published a survey of shoppers in May": a new work of its own
    words = frozenset(told)
    # Its own study or figure, not its own website ("reported on its own website" only reports).
    return not (OWNING_WORDS.isdisjoint(words) or _WORK_NOUNS.isdisjoint(words))


OWNED_REACH = 80  # characters after a verb read for what it calls its subject's own
_PUBLISHING_VERBS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.publishing_verbs)
_ARTICLES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.articles)
OWNED_WORDS = 6  # words after the verb an own word stands within ("published a figure of its own")
IN_WORK_WORDS = 3  # words after "in" the noun of a work stands within ("in een nieuw rapport")
IN_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.in_words)  # "in"
OWNING_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.own_words)  # "its own"
# Nouns of a work or a figure: what one tells as one's own, and what a known name compounds with ("Wereldbankcijfer").
_WORK_NOUNS = NAME_WORDS.origins | frozenset(fold(w) for language in LANGUAGES.values() for w in language.figure_nouns)
# Verbs of reporting, speaking and finding: what a source does.
CLAUSE_VERBS = NAME_WORDS.reporting | NAME_WORDS.speech | frozenset(
    fold(w) for language in LANGUAGES.values() for w in language.finding_words)


def _authors(text: str, start: int) -> bool:
    """Whether the name at `start` is the agent of a study or survey named before it in its sentence ("a survey
    published in March by the payments company Klarna", "een enquête door Klarna"): its author, not its reporter."""
    before = _SENTENCE_BREAK.split(text[max(0, start - AUTHOR_REACH):start])[-1]
    words = _COMPOUND_AT.findall(before)
    describing = 0
    for k in range(len(words) - 1, -1, -1):
        if fold(words[k]) in _AGENT:
            # "an estimate cited by Oxfam": who cites it, no author.
            return not NAME_WORDS.origins.isdisjoint(fold(w) for w in words[:k]) and not (
                k > 0 and fold(words[k - 1]) in NAME_WORDS.citing)
        if not words[k].islower() and not (k < len(words) - 1 and places_in(words[k])):
            return False  # a place may describe it, uncounted: "by the London market-research firm Norvale Insights"
        describing += words[k].islower()
        if describing > DESCRIBING_WORDS:
            return False
    return False


_COMPOUND_AT = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


AUTHOR_REACH = 120  # characters before a name read for the study it authored
DESCRIBING_WORDS = 3  # lower-case words between "by" and the name ("by the payments company Klarna")
_SENTENCE_BREAK = re.compile(r"[.!?;][ \t\n]")


def _country(places: Gazetteer, code: str) -> bool:
    """Whether a place is a country (or a city, or a province): a draft naming a continent or region a claim's country
    lies in says its figure of the region ("Afrika levert meer dan 60 procent"), not of the country."""
    place = places.places.get(code)
    return place is not None and place.kind in ("country", *PARTS)


def difference(claim: Scope, draft: Scope, places: Gazetteer | None = None, *,
               claim_texts: tuple[str, ...] = (), draft_texts: tuple[str, ...] = (),
               whole: bool = False, alone: str = "", part: bool = False) -> Difference | None:
    """How the draft's scope differs from the claim's: both name places (or organisations, or groups of
    people) and none is shared. A city matches its country, and a country its city, unless the figure is a
    `whole` (a count or a sum, no rate: a country's 2 million are not a city's). Place names are shown as the
    texts write them."""
    places = places or gazetteer()
    if alone and claim.places:  # a count said of one organisation alone: "Remotasks alleen al"
        return Difference("alone", tuple(sorted(claim.places)), (alone,), claim_texts, draft_texts)
    if part and draft.places and not claim.places:  # a count of one place alone: "alleen al in Nederland"
        return Difference("part", (), tuple(sorted(draft.places)), claim_texts, draft_texts)
    if claim.places and draft.places and not any(
            d == c or (not whole and (places.within(d, c) or (places.within(c, d) and _country(places, d))))
            for d in draft.places for c in claim.places):
        return Difference("place", tuple(sorted(claim.places)), tuple(sorted(draft.places)),
                          claim_texts, draft_texts)
    claims, theirs = _named(claim, draft)
    if claims and theirs and claims.isdisjoint(theirs) and not overlapping_names(claims, theirs):
        return Difference("organisation", tuple(sorted(claims)), tuple(sorted(theirs)))
    if _another(claim, draft):
        return Difference("organisation", tuple(sorted(claim.organisations)), ANOTHER)
    if draft.own and claim.organisations:
        return Difference("organisation", tuple(sorted(claim.organisations)), OWN)
    if _bases_differ(claim, draft.populations):
        return Difference("population", tuple(sorted((claim.kinds | claim.populations) & BASES)),
                          tuple(sorted(draft.populations & BASES)))
    if _populations_differ(claim, draft.populations):
        kinds, named = (claim.kinds or claim.populations) - SUBGROUPS, draft.populations - SUBGROUPS
        if kinds and named:
            return Difference("population", tuple(sorted(kinds)), tuple(sorted(named)))
        # "more than 2 million young Filipinos" of a claim of all people: a part is not the whole.
        return Difference("population", ("people",), tuple(sorted(draft.populations & SUBGROUPS)))
    return None


def _populations_differ(claim: Scope, draft: frozenset[str]) -> bool:
    """Whether a draft's groups are not a claim's: both name kinds of people and none is shared (a kind within
    another is shared), or the draft names a part of any population (the young, women) of a claim of people in
    general. Young data workers are data workers."""
    if _bases_differ(claim, draft):
        return True
    kinds, named = _widened(claim.kinds | claim.populations - SUBGROUPS - BASES), _widened(draft - SUBGROUPS - BASES)
    # Nor are a part of any population named alone (children, women) a claim's kind of workers ("kinderen verdienen …"
    # of data workers' pay).
    return bool(kinds and named and kinds.isdisjoint(named)) or bool(draft & SUBGROUPS and not claim.populations) or \
        bool(kinds and not named and draft & SUBGROUPS and not (claim.kinds | claim.populations) & SUBGROUPS)


def _bases_differ(claim: Scope, draft: frozenset[str]) -> bool:
    """Whether the claim is said of full-timers and the draft of part-timers, or the other way round."""
    theirs, ours = (claim.kinds | claim.populations) & BASES, draft & BASES
    return bool(theirs and ours and theirs.isdisjoint(ours))


def _widened(groups: frozenset[str]) -> frozenset[str]:
    """The groups and the wider kinds of work they are part of."""
    return groups | frozenset(WIDER[g] for g in groups if g in WIDER)


# A kind of work within another: a claim of data workers is said of the moderators among them, and one of
# moderators of the data workers a draft names them as.
WIDER = {"moderator": "data-worker"}


# Groups of people that are a part of any population (by age or sex), not a kind of work: a claim of people in
# general is not said of them.
SUBGROUPS = frozenset({"child", "young", "woman"})
# Who works full time and who part time: said of both, a figure is the one's or the other's; of neither, any work's.
BASES = frozenset({"full-timer", "part-timer"})
_BASIS_WORDS = {"full-timer": "full-time work", "part-timer": "part-time work"}


class ScopeMemo:
    """Whether places and names lie apart, remembered across the draft scopes an engine tests: drafts and claims
    repeat their places and their organisations far more often than whole scopes. Bounded."""

    __slots__ = ("names", "places")
    LIMIT = 65536  # entries of each, cleared when full (a long-lived engine: the language server)

    def __init__(self) -> None:
        self.places: dict[tuple[object, ...], bool] = {}
        self.names: dict[tuple[object, ...], bool] = {}


@dataclass(frozen=True, slots=True)
class Against:
    """A draft's scope made ready to be tested against many claims': `differs` is `difference(...) is not None`,
    with the draft's side worked out once (its places and every region holding one)."""

    draft: Scope
    holding: frozenset[str]  # the draft's places and the regions (a city's country, its regions) they lie in
    whole: bool = False  # the figure is a count or a sum: a place matches only itself (see difference)
    # A claim's scope (an interned one, by its number: Engine) -> whether it differs: drafts repeat their scopes.
    seen: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)
    memo: ScopeMemo = field(default_factory=ScopeMemo, compare=False, repr=False)

    @classmethod
    def of(cls, draft: Scope, places: Gazetteer | None = None, *, whole: bool = False,
           memo: ScopeMemo | None = None) -> Against:
        places = places or gazetteer()
        holding = set(draft.places)
        for code in draft.places if not whole else ():
            place = places.places.get(code)
            if place is not None:
                holding.update(place.parents)
        return cls(draft, frozenset(holding), whole=whole, memo=memo or ScopeMemo())

    def _apart(self, claim: Scope) -> bool:
        """Whether the draft and the claim name places and no place of the claim's is the draft's, holds one, or lies
        in one (a wider region holding the claim's country is another place: see _country)."""
        draft = self.draft
        if not (draft.places and claim.places):
            return False
        key = (draft.places, self.holding, self.whole, claim.places)
        apart = self.memo.places.get(key)
        if apart is None:
            if len(self.memo.places) >= ScopeMemo.LIMIT:
                self.memo.places.clear()
            apart = self.memo.places[key] = claim.places.isdisjoint(self.holding) and (self.whole or all(
                not any(d in _parents(c) and _country(gazetteer(), d) for d in draft.places)
                for c in claim.places))
        return apart

    def twice(self, claim: Scope) -> bool:
        """Whether the claim is said of another place and of another group of people ("Plumbers in Ohio earn
        six-figure salaries" of Silicon Valley's researchers): not everything else matches, so it is no candidate."""
        kinds, named = (claim.kinds or claim.populations) - SUBGROUPS, self.draft.populations - SUBGROUPS
        return bool(kinds and named) and self._apart(claim) and _populations_differ(claim, named)

    def differs(self, claim: Scope) -> bool:
        draft = self.draft
        if self._apart(claim):
            return True
        if (draft.organisations or draft.speakers) and (claim.organisations or claim.speakers):
            # Claims share their organisations, and the names' overlap is slow to test: remembered.
            key = (draft.organisations, draft.speakers, draft.named_here, draft.said_by, draft.origins, draft.persons,
                   draft.beside, claim.organisations, claim.reporters, claim.speakers, claim.origins, claim.said_by)
            other = self.memo.names.get(key)
            if other is None:
                if len(self.memo.names) >= ScopeMemo.LIMIT:
                    self.memo.names.clear()
                claims, mine = _named(claim, draft)
                other = self.memo.names[key] = bool(claims) and bool(mine) and claims.isdisjoint(mine) and \
                    not overlapping_names(claims, mine)
            if other:
                return True
        if draft.others and _another(claim, draft):
            return True
        if draft.own and claim.organisations:
            return True
        return _populations_differ(claim, draft.populations)


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _found(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Gazetteer.find, remembered: a message names the places of the texts a figure's scope was read from. A
    language's name made an adjective of its speakers names no place ("Dutch-speaking readers")."""
    return tuple((a, b, codes) for a, b, codes in gazetteer().find(cased(text))
                 if not (_HYPHENATED_ENDINGS and text.startswith(_HYPHENATED_ENDINGS, b)))


def cased(text: str) -> str:
    """`text` as a writer would case it when it has (almost) no capitals (automatic captions, chat): each word that
    opens a place's name, and is no common word of either language, capitalised ("zambia", "the drc um congo",
    "keniaanse"; not "nice", "reading"). Offsets are kept."""
    if not _uncased(text):
        return text
    return _LOWER_WORD.sub(lambda m: _acronym(m.group()) or (
        m.group()[0].upper() + m.group()[1:] if _opens_place(m.group()) else m.group()), text)


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _acronym(word: str) -> str:
    """A lower-case word that is a place's name in capitals and no common word, in capitals ("drc" -> "DRC"; not
    "us"); "" otherwise."""
    upper = word.upper()
    return upper if len(upper) == len(word) and (upper,) in gazetteer().capitals and \
        frequency.zipf(word) < CITY_CASED_ZIPF else ""


def _uncased(text: str) -> bool:
    """Whether a text is written without capitals, as automatic captions are: none, or at most one word in
    UNCASED_SHARE of a longer text capitalised (a speaker's label, "I")."""
    # (A short text of no capitals says too little: "turkey and chad are words here.")
    words = _LOWER_WORD.findall(text)
    return len(words) >= UNCASED_WORDS and sum(w[0].isupper() for w in words) <= UNCASED_SHARE * len(words)


UNCASED_WORDS = 12  # words a text of few capitals has at least
UNCASED_SHARE = 0.1  # and the share of them capitalised at most


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _opens_place(word: str) -> bool:
    """Whether a lower-case word opens a place's name and would be written with a capital: a country's, a region's
    or a people's name unless it is among the commonest words ("china", "kenyan"; not "world"), a city's only when
    it is no common word ("nairobi"; not "nice", "reading", "split")."""
    places = gazetteer()
    folded = fold(word)
    if folded not in places.reach or len(word[0].upper()) != 1:
        return False
    codes = places.folded.get((folded,), ())
    country = bool(codes) and not all(places.is_city(c) for c in codes)
    return frequency.zipf(folded) < (COUNTRY_CASED_ZIPF if country else CITY_CASED_ZIPF)


def _cased_names(text: str, known: frozenset[str]) -> str:
    """`text` with the words of `known` names capitalised when it has (almost) no capitals (see cased), and a study's
    maker: a rare word after a study's noun and "by", "van" ("dat onderzoek van mediaprisma")."""
    if not _uncased(text):
        return text
    words = _known_words(known) if known else frozenset()
    if words:
        text = _LOWER_WORD.sub(lambda m: m.group()[0].upper() + m.group()[1:] if m.group() in words else m.group(),
                               text)
    return _MADE_BY.sub(lambda m: m.group()[:m.start(1) - m.start()] + m.group(1).capitalize() if _maker(m.group(1))
                        else m.group(), text)


def _maker(word: str) -> bool:
    """Whether a lower-case word after "a study by" is a name: no frequency table knows it, nor has it a known meaning
    (a paraphrase class's key: not "datawerk", a compound of known parts, nor "annotators")."""
    return frequency.zipf(word) < MAKER_ZIPF and not any(k.startswith("@") for k in lexical_keys(word))


_MADE_BY = re.compile(r"\b(?:{})[ \t]+(?:{})[ \t]+([^\W\d_]+)".format(
    "|".join(sorted(map(re.escape, _STUDY_WORDS), key=len, reverse=True)) or "(?!)",
    "|".join(sorted(map(re.escape, _STUDY_AGENTS), key=len, reverse=True)) or "(?!)"))
MAKER_ZIPF = 3.0  # a word after "a study by" no frequency table knows is a name in a text of no capitals ("mediaprisma")


@functools.lru_cache(maxsize=8)
def _known_words(known: frozenset[str]) -> frozenset[str]:
    """The words of known names that are no common word of either language ("adobe", "openai", "casilli")."""
    return frozenset(w for name in known for w in name.split()
                     if w.isalpha() and len(w[0].upper()) == 1 and frequency.zipf(w) < CITY_CASED_ZIPF)


_LOWER_WORD = re.compile(r"[^\W\d_]+")
COUNTRY_CASED_ZIPF = 5.5  # a country's or people's name this common stays a word in a text of no capitals ("world")
CITY_CASED_ZIPF = 4.0  # and a city's ("nice", "reading", "mobile", "split")


def specific(codes: frozenset[str]) -> frozenset[str]:
    """The places a text is said of, the regions holding another of them left out: "Cagayan de Oro, a city in
    the south of the Philippines" is said of the city, "Zambia, Africa's second-largest producer" of Zambia."""
    places = gazetteer().places
    held = {p for c in codes if c in places for p in places[c].parents}
    return frozenset(codes - held) or codes


@functools.lru_cache(maxsize=4096)
def _parents(code: str) -> frozenset[str]:
    """The regions a place lies in (a city's country and the country's regions)."""
    place = gazetteer().places.get(code)
    return frozenset(place.parents) if place is not None else frozenset()


def _written(codes: frozenset[str], texts: tuple[str, ...], places: Gazetteer) -> tuple[str, ...]:
    """Each place as the texts write it ("the DRC", "Zambia"), else by its English name."""
    out = []
    for code in sorted(codes):
        shown = next((POSSESSIVE_END.sub("", " ".join(text[a:b].split()).rstrip(".")) for text in texts
                      for a, b, found in (_found(text) if places is gazetteer() else places.find(text))
                      if code in found), None)
        out.append(shown or places.name(code))
    return tuple(dict.fromkeys(out))


POSSESSIVE_END = re.compile(r"['’]s?$")  # "Zambia's slice": the place is Zambia


def _named(claim: Scope, draft: Scope) -> tuple[frozenset[str], frozenset[str]]:
    """The names each side gives the figure's source: the claim's organisations and the draft's less the claim's
    reporters; for a claim naming only who says it, its speakers, against names of the draft's own statement."""
    if claim.organisations:
        if draft.speakers and overlapping_names(claim.organisations, draft.speakers):
            return frozenset(), frozenset()  # the draft has the claim's source say it: "…, vertelde Casilli"
        if claim.origins and draft.speakers and not overlapping_names(claim.reporters | claim.speakers,
                                                                      draft.speakers) and not (
                draft.named_here and draft.organisations and overlapping_names(claim.origins, draft.organisations)) \
                and not (draft.said_by and overlapping_names(claim.organisations, draft.said_by)):
            # Another says the figure: "Salesforce says 77% …", also after a sentence naming the claim's origin ("… a
            # recent Adobe study found that seven in 10 … Rival Salesforce says 77% of customers expect the same"); not
            # when the draft's own statement has the claim's body say it ("'Volgens de Wereldbank doen 100 tot 400
            # miljoen mensen dit werk', zegt Veldkamp": the claim's aliases too).
            return claim.origins, draft.speakers
        if claim.said_by and draft.said_by and not overlapping_names(claim.said_by, draft.said_by):
            # The draft has one the claim is only about say it: "Volgens Remotasks zelf doen meer dan 2 miljoen
            # Filipino's dit klikwerk" of the Philippine government's estimate (its keywords name Remotasks).
            return claim.said_by, draft.said_by
        if (bodies := frozenset(n for n in draft.said_by if BODY_HEADS.intersection(n.split()) or governed(n))
                | draft.origins) and not (
                claim.said_by or claim.origins) and not overlapping_names(
                claim.organisations | claim.reporters | claim.speakers, bodies) and not (
                claim.reporters and overlapping_names(claim.reporters, draft.organisations | draft.speakers)):
            # A claim the press reported, of what a firm did: a body it does not name saying the figure, or whose
            # study the draft says it is from, is another source ("According to the Kenyan Ministry, moderators … were
            # paid less than $2 an hour", "A Fairwork study found …"); a person may be one who lived it ("…, says
            # moderator Grace Wambui").
            return frozenset(REPORTED), bodies
        mine = _unreported(draft.organisations, claim.reporters)
        if draft.persons and not (claim.said_by or claim.origins) and not _names_a_person(claim.organisations):
            # Of what a firm did, no body said to say it: one who lived, told or repeated it is no other firm ("Ruth
            # Mwangi was one of the Kenyan moderators OpenAI hired … The pay, she writes, was less than two dollars");
            # the firm the person worked or spoke for is. (Not of a person's own finding: "Dr Lena Vos does not think
            # AI will ever reach 100 percent perfection" is no claim of Baert's.)
            mine = (mine - draft.persons) | _unreported(draft.beside - draft.persons, claim.reporters)
        return claim.organisations, mine
    if claim.speakers and draft.named_here and not (draft.speakers and overlapping_names(claim.speakers,
                                                                                          draft.speakers)):
        return claim.speakers, draft.organisations
    return frozenset(), frozenset()


ANOTHER = ("another source",)  # how a difference names the source a draft says is another
ANOTHER_BODY = "@another"  # Scope.others when the draft says its body is another, unnamed ("another tech company")
REPORTED = ("its own reporting",)  # how a difference names the source of a claim no body is said to say
OWN = ("the writer's own",)  # how a difference names the writer's own source


def _another(claim: Scope, draft: Scope) -> bool:
    """Whether the draft says its figure's source is another than the claim's: the claim's organisations are among
    those it is said not to be, and none the draft names."""
    return bool(draft.others and claim.organisations and (
        ANOTHER_BODY in draft.others or overlapping_names(claim.organisations, draft.others))
                and not (draft.organisations and overlapping_names(claim.organisations, draft.organisations)))


def _unreported(names: frozenset[str], reporters: frozenset[str]) -> frozenset[str]:
    """The draft's names less those of the claim's reporters."""
    if not reporters or not names:
        return names
    return frozenset(n for n in names if not overlapping_names(frozenset((n,)), reporters))


def overlapping_names(a: frozenset[str], b: frozenset[str]) -> bool:
    """"antonio casilli" and "casilli", "time magazine" and "time": one name's words hold the other's, or its rare
    ones with words of prose beside them ("socioloog casilli"). A name written apart ("wereld bank") or with a doubled
    letter written once ("casili") is the same name."""
    return any(_holds(x, y) or _holds(y, x) for x in a for y in b)


def _holds(x: str, y: str) -> bool:
    """Whether name y's words hold name x's."""
    if x.replace(" ", "") == y.replace(" ", "") or _abbreviates(x, y):
        return True
    theirs, mine = y.split(), x.split()
    held = [any(_same_word(w, v) for v in theirs) for w in mine]
    if all(held):
        return True
    # A title of prose before a rare name that is held: "socioloog casilli" is "antonio casilli".
    return any(h and not _in_prose(w) for w, h in zip(mine, held)) and all(
        h or _in_prose(w) for w, h in zip(mine, held))


def _abbreviates(x: str, y: str) -> bool:
    """Whether one word x is a name y of two to four words cut short, a start of each of its words in turn: "wb" for
    "world bank", "wapo" for "washington post"."""
    words = y.split()
    if " " in x or not ABBREVIATED <= len(x) <= ABBREVIATED_MOST or not 2 <= len(words) <= ABBREVIATED_WORDS:
        return False
    reached = {0}  # where in x the words so far can end (x is short: a few positions, a few letters each)
    for word in words:
        after: set[int] = set()
        for at in reached:
            n = 0
            while at + n < len(x) and n < len(word) and x[at + n] == word[n]:
                n += 1
                after.add(at + n)
        reached = after
        if not reached:
            return False
    return len(x) in reached


ABBREVIATED = 2  # letters of a name cut short at the least
ABBREVIATED_MOST = 8  # and at the most ("wapo"; a longer one is a name of its own)
ABBREVIATED_WORDS = 4  # words of the name it cuts short at the most


def _same_word(w: str, v: str) -> bool:
    """The same word of a name, or one with a doubled letter written once ("casili" for "casilli")."""
    if w == v:
        return True
    short, long = sorted((w, v), key=len)
    if len(short) < TYPO_LENGTH or len(long) != len(short) + 1:
        return False
    return any(long[k] == long[k - 1] and long[:k] + long[k + 1:] == short for k in range(1, len(long)))


TYPO_LENGTH = 6  # letters from which a name's doubled letter may be written once
