"""What a language gives factlint: the words it reads figures, sentences and clauses by, and two small rules
(how its number words glue, and which word in front of a noun modifies it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Protocol

Phrase = tuple[str, ...]  # lower-case words (or symbols) in a row: ("more", "than")


class Words(Protocol):
    """The tables a compound splitter reads: a document's lexicon, which holds every language's words."""

    @property
    def number_words(self) -> Mapping[str, float]: ...

    @property
    def hundred_words(self) -> frozenset[str]: ...

    @property
    def plural_scales(self) -> Mapping[str, float]: ...


# A splitter reads a number word the tables do not list ("forty-two", "vijfentwintig"): its value, or None.
Splitter = Callable[[str, Words], float | None]


def no_compounds(word: str, words: Words) -> None:
    """The splitter of a language whose number words never glue."""
    return None


@dataclass(frozen=True, slots=True)
class Language:
    """One language's words, all lower-case: the comments say what each is for, lang/README.md how to fill it."""

    code: str  # ISO 639-1: the value of `lang` in a config or a [[source]] table
    decimal_mark: str  # "." or ",": what a lone separator before three digits is ("1,500")

    # -- numbers
    number_words: Mapping[str, float]  # written numbers below one hundred
    one_words: Phrase  # read as 1 only in front of a scale ("a million")
    hundred_words: Phrase  # multiply the number before them by a hundred
    scales: Mapping[str, float]  # multiply a whole group ("two hundred million")
    scale_suffixes: Mapping[str, float]  # glued or abbreviated ("150m", "3.5 mln")
    plural_scales: Mapping[str, float]  # vague plurals: "hundreds" is 200-999
    half_words: Phrase  # "half a million"
    lone_scales: Phrase  # scale words that are a number by themselves ("duizend" is 1000; English writes "a thousand")
    n_figure_words: Phrase  # "six-figure salaries"
    n_figure_nouns: Phrase  # written apart, after a linking word: "a salary of six figures", "van zes cijfers"
    articles: Phrase  # "half a million"
    and_words: Phrase  # "one hundred and fifty"
    linking_words: Phrase  # "hundreds of millions", "thousands of dollars"
    not_anchors: Phrase  # number words too common to start a search for a figure (an article as well)
    compound_ending: str  # regex: the rest of a glued number after a word for 1-10 ("twee|honderd"); "" if none
    compound_value: Splitter  # "forty-two", "vijfentwintig", "tweehonderd"
    vague_compound: Splitter  # "tienduizenden": a number glued to a vague plural
    minus_words: Phrase  # the sign of the number right after them: "minus 5 percent", "min 0,8 procent"

    # -- fractions and proportions (read as percentages, or as counts in front of a scale: extract/fractions.py)
    fraction_words: Mapping[str, float]  # a denominator, singular and plural: "third", "thirds" -> 3; "kwart" -> 4
    ordinal_endings: Phrase  # glued to a number to make a denominator: "eenentwintig|ste", "achtste|n"
    lone_fractions: Mapping[Phrase, float]  # a fraction without a numerator: "half" -> 0.5, "de helft" -> 0.5
    proportion_words: tuple[Phrase, ...]  # between two numbers: "three in four", "nine out of ten", "1 op de 3"
    # Make the scale after them vague, as its plural does: "a few hundred million" is "hundreds of millions".
    few_words: tuple[Phrase, ...]

    # -- money and percent (currency signs and ISO codes are the same everywhere: extract/currencies.py)
    currency_words: Mapping[str, str]  # word -> ISO 4217 code
    dollar_adjectives: Mapping[str, str]  # whose dollar: "canadian dollars"
    currency_phrases: Mapping[Phrase, str]  # names of more than one word: "kenyan shillings", "swiss francs"
    subunit_words: Mapping[str, str]  # a hundredth of a currency, after an amount: "cents" -> "USD", "pence" -> "GBP"
    subunit_suffixes: Mapping[str, str]  # glued to the amount: "80p"; "43c" only as the cents of an amount
    percent_phrases: tuple[Phrase, ...]  # ("per", "cent")

    # -- periods ("per hour", "monthly")
    period_units: Mapping[str, str]  # word -> "hour" | "day" | "week" | "month" | "quarter" | "year"
    period_leads: Phrase  # "a", "per", "each" in front of a unit
    period_adverbs: Mapping[str, str]  # "monthly" -> "month"
    period_abbreviations: Mapping[Phrase, str]  # a whole period in letters: "p/m" -> "month", "p.a." -> "year"

    # -- qualifiers and ranges
    qualifiers: Mapping[Phrase, str]  # before the figure -> "approx" | "min" | "max"
    trailing_qualifiers: Mapping[Phrase, str]  # after it: "or more"
    extreme_qualifiers: tuple[Phrase, ...]  # of those, an extreme seen rather than a bound: "as little as"
    range_openers: Mapping[str, Phrase]  # "between" ... ("and",)
    range_opener_fillers: Phrase  # "tussen de 90 en 100"
    range_words: tuple[Phrase, ...]  # join two values anywhere: "to"

    # -- numbers that are not figures
    months: Phrase  # names and abbreviations: a day beside one is a date
    capitalised_months: Phrase  # month names that are common words too ("may")
    decade_suffixes: Phrase  # "1990's"
    section_words: Phrase  # "page 12", "hoofdstuk 4"
    # A calendar week's number after one of these ("week 19", "in week 12 of the strike"), when nothing but a
    # preposition (week_leads) or punctuation comes before it: not "per week 11 uur", "last week 150 workers".
    week_words: Phrase
    week_leads: Phrase
    # A school's lesson or class numbered as a week is ("in period 3", "for lesson 5", "klas 3"; not "after the lesson
    # 25 students …", "per klas 30 leerlingen").
    lesson_words: Phrase
    # Words that put a year about when ("around 2035.", "(ca. 1950,"): before punctuation, the number is a year.
    year_qualifiers: Phrase
    # A school's kinds of class after a year's number: "in 4 havo" is a class, no count of anything.
    class_words: Phrase
    # A story's versions by number, closing a title or before a note: "(update 2)", "Update 2: adds comment".
    update_words: Phrase
    time_before: Phrase  # "at 15.30"
    time_after: Phrase  # "15.30 uur"
    clock_words: Phrase  # "3 pm": a time whatever comes before
    version_words: Phrase  # "upgraded to 3.9", "bijgewerkt naar 2.1": a decimal number after them is a version

    # -- counted nouns
    modifies: Callable[[str, str], bool]  # whether a word modifies the next, so the noun is further on

    # -- text
    stopwords: frozenset[str]  # function words: never a counted noun, never matched on; they tell the language
    abbreviations: frozenset[str]  # a period after them does not end a sentence (lower case, no final period)
    sentence_final: frozenset[str]  # of those, the ones that end a sentence when a capital follows
    clause_conjunctions: Phrase  # after a comma they start a new clause: ", but"
    clause_subordinators: Phrase  # start a new clause anywhere: "while"
    figure_words: Phrase  # mark a figure's source words as this language ("miljoen"), for messages

    # -- matching and scope (check/lexical.py, check/scope.py, check/context.py)
    stemmer: str  # the Snowball algorithm that stems the language's words ("english")
    compounds: bool  # writes compounds as one word, meaning what their last part means ("dierenfoto's")
    paraphrases: Mapping[str, Phrase]  # a meaning (shared by every language) -> this language's words for it
    leaning_words: Phrase  # a sentence opening with one leans on the sentence before: "They were paid …"
    reporting_words: Phrase  # a name beside one only reports the figure: "Time reported", "told Reuters"
    attribution_openers: tuple[Phrase, ...]  # start a statement's attribution: "according to", "as cited in"
    origin_words: Phrase  # an attribution holding one names where the figure comes from: "a World Bank estimate"
    generic_names: Phrase  # capitalised words that name no organisation or person: "AI", "CEO", "Prof"
    name_connectors: Phrase  # lower-case words inside a name: "Bank of England", "Universiteit van Amsterdam"
    determiners: Phrase  # dropped in front of a name: "the World Bank"
    world_words: Phrase  # say a figure holds for the whole world: "worldwide", "globally"
    # Kinds of people a figure is said of, each group with this language's nouns for it (singular; stems are
    # compared). Two claims about different groups differ in scope. General words ("people", "workers")
    # belong to no group: they name anyone.
    populations: Mapping[str, Phrase]
    low_words: Phrase  # a table column holding a range's lower end: "Low", "Minimum"
    high_words: Phrase  # and its upper end: "High", "Maximum"
    # Everyday words of this language that another language's tables hold as group nouns: English "kind"
    # (a sort) is Dutch "kind" (a child). The tables serve every language at once, so such a word names no
    # group in any text.
    false_friends: Phrase = ()
    # First parts of compounds that carry a paraphrase meaning into the whole word (a meaning -> the parts): Dutch
    # "wereldproductie" is the world's production as "wereldwijd" is worldwide.
    compound_modifiers: Mapping[str, Phrase] = field(default_factory=dict)
    # Endings of a past participle that follows a noun and ends its phrase: "of the cobalt produced worldwide"
    # is of the cobalt.
    participle_endings: Phrase = ()
    # Endings of a present participle: after a comma it goes on within the clause before ("…, including one in
    # Geneva, …", "…, variërend van …"), it opens no predicate.
    present_participle_endings: Phrase = ()
    # Prepositions: after a comma inside a clause set beside a figure, they go on within it ("a range so wide that
    # economists, in Geneva too, call it …"); an adverb or a verb there opens the figure's own predicate.
    prepositions: Phrase = ()
    # Participles of speech: opening a phrase after a name between commas, they make it an aside, where the speaker
    # spoke ("Casilli, interviewed in Groningen, cites …", "Casilli, sprekend in Groningen, noemt …").
    speech_participles: Phrase = ()
    # Words after a place and a hyphen that make it where someone is based: "the Paris-based sociologist Antonio
    # Casilli" works in Paris, which says nothing of where the figure he cites is from.
    base_words: Phrase = ()
    # Nouns a share of which is a frequency, not a part of a thing: "99% of the time", "in 99 procent van de
    # gevallen" measure how often, and name nothing a claim must count.
    frequency_nouns: Phrase = ()
    # Endings of words for an action or its result: such a word shares a person noun's stem but names no one
    # ("development", "moderation", "reported"; "ontwikkeling").
    action_endings: Phrase = ()
    # Names of the days of the week: capitalised in English, never an organisation ("on Monday").
    weekdays: Phrase = ()
    # A sentence whose reported clause opens with a subject pronoun leans on the one before, as one that opens
    # with it does: "Time found they got less than $2 an hour". The pronouns, and the words before them.
    subject_pronouns: Phrase = ()
    # Of time_before, those that also lead a duration: "voor 24 uur per week" (for), "voor 17 uur" (before).
    duration_leads: Phrase = ()
    # Connectives that end in a section word: "for example 3 workers" counts workers.
    connectives: tuple[Phrase, ...] = ()
    # Those of them that name someone before (not the writer's "we"): "Elke dag moesten ze …" leans on the sentence
    # before wherever its opening adverbial puts the pronoun.
    third_person_subjects: Phrase = ()
    reported_clause_leads: Phrase = ()
    # A sentence that refers back in its first words leans on the one before, wherever the reference stands:
    # "Casilli quotes the same institution for …". Phrases of two words ("" for any second word).
    referring_phrases: tuple[Phrase, ...] = ()
    # A sentence opening with one of these nouns after a definite article speaks of a figure already named:
    # "The share is worth stating carefully: more than half …", "Het cijfer …".
    referring_nouns: Phrase = ()
    # Say the whole country before a referring noun, which then names the country's figure, named before: "put the
    # national total at 'some 200,000'", "het landelijke totaal".
    national_adjectives: Phrase = ()
    # Before a referring noun anywhere in a sentence's opening, name back what the one before said: "a rendering of
    # that estimate", "its share", "zijn aandeel".
    referring_determiners: Phrase = ()
    definite_articles: Phrase = ()
    # Name an identifier before a colon, alone or closing a compound: "case number: 10987654", "zaaknummer: 10987654".
    identifier_words: Phrase = ()
    # Between an identifier's noun and its number, the verb saying it: "Uw klantnummer is 3004417", "the reference was
    # 118377".
    identifier_copulas: Phrase = ()
    # Name a key to press or a room by the number after them, no figure: "press 312 on your handset", "Zaaltekst, zaal
    # 2" (not after an article, nor before a counted noun: "told the press 150 …", "in de zaal 300 mensen").
    numbered_words: Phrase = ()
    # Before an hour after a time word, the half hour before it: "om half zes" (at half past five).
    clock_halves: Phrase = ()
    # A quarter of an hour before or after the hour it names: "kwart over zes", "a quarter past six" (the first
    # word, then the words of before and after).
    clock_quarters: Phrase = ()
    clock_sides: Phrase = ()
    demonstratives: Phrase = ()  # "these workers", "deze werkers": a group named before
    # Words a number joined to by a hyphen counts nothing: a multiplier ("3-fold", "3-voudig"). Any other lower-case
    # word so joined is what it counts ("a 300-seat centre", "27-year-old", "a 2,000-strong workforce").
    hyphen_multipliers: Phrase = ()
    # Nouns a number word hyphened to them counts ("a four-country study", "a ten-person team"); a period's too. Others
    # make idioms ("a two-horse race", "a five-star hotel").
    hyphen_counts: Phrase = ()
    # Of those, the words of a group's size, whose counted noun its "of" names: "a 4-member team of researchers", "a
    # 5,000-strong workforce of young people" (a count in digits so hyphened counts them).
    hyphen_sizes: Phrase = ()
    # Singular nouns of one person a bare count between commas after gives the age of, after a possessive or article:
    # "her daughter, 7, does homework", "haar dochter, 7, maakt huiswerk".
    person_nouns: Phrase = ()
    # Units of a duration shorter than a period's, singular and plural: a count of them after a sentence's first word is
    # no name's number ("Runtime 62 minutes", "Duur 45 minuten"), as "Gemiddeld 14 maanden" is not.
    duration_units: Phrase = ()
    # Nouns of a part or a group numbered with a letter glued on, which is then no scale: "Vraag 4b", "(group 4B)".
    lettered_words: Phrase = ()
    approximate_endings: Phrase = ()  # a number word glued to it is about that many: Flemish "een zestigtal" (about 60)
    # Words of pay before "N figures", a sum's count of digits: "paid six figures", "earns six figures", "on six figures".
    n_figure_leads: Phrase = ()
    # Nouns after "N-figure" that make it a count of digits, no sum: "a four-figure code", "een 4-cijferige pincode".
    n_figure_digit_nouns: Phrase = ()
    # Ordinals before a lone fraction that make it a part of a period, no share: "in the first half", "the latter half".
    part_ordinals: Phrase = ()
    # Say where in the text a count of its own parts stands, after an article and before the parts' plural: "the
    # first three rows", "de laatste twee alinea's" (a locator, no figure).
    position_words: Phrase = ()
    text_parts: Phrase = ()  # the plurals of a text's own parts that such a count counts: "rows", "dia's"
    place_relatives: Phrase = ()  # open a clause about the place named before them: "where", "waar"
    place_prepositions: Phrase = ()  # a lone capitalised word after one is a place: "an economist in Geneva"
    # Nouns of a place: a lone capitalised word after one is a place the gazetteer may not hold ("het eiland
    # Mindanao", "the island Mindanao"), no organisation; a compound ending in one is one too ("kuststad").
    place_nouns: Phrase = ()
    city_nouns: Phrase = ()  # those of them a city is named back by: "the city", "de stad"
    holding_words: Phrase = ()  # a place's people after a place noun: "een eiland met 30 miljoen inwoners"
    # A verb's present form that ends in one of these after its stem ("verdient", "onderscheidt"): the stem without
    # it is a key of the word too, where the language's stemmer leaves it on.
    inflection_endings: Phrase = ()
    # An adjective's or participle's inflection before a noun ("onderzochte landen", "ondervraagde werkers"): a
    # capitalised word with it, whose base is a common word, opens a sentence or a label, no name.
    attributive_endings: Phrase = ()
    # A name that reports a figure of its own ("KU Leuven meldt dat zijn model …", "Adobe reports that its
    # survey …") is its source, not a mere reporter: the possessives, and the word that may stand before them.
    possessives: Phrase = ()
    complementisers: Phrase = ()
    # Verbs of asserting that may open a reported clause without a complementiser ("Miners in Kolwezi say the country
    # produces …"), beside the reporting and speech words.
    assertion_words: Phrase = ()
    # Words that put a place beside another ("the country next door", "het land ernaast"): no reference back to it.
    neighbour_words: Phrase = ()
    # Between people and their employer: "moderators at Kestrel Review", "werkers bij Sama".
    employer_prepositions: Phrase = ()
    # A place another is placed by, a reference point: "across the border from Kenya", "a few hours' drive from Kenya",
    # "op een uur rijden van Kenia". The words, then the prepositions right after them; and whole phrases ("next door
    # to": not "a flight to", where the place is where one goes).
    bearing_words: Phrase = ()
    bearing_prepositions: Phrase = ()
    bearing_phrases: Phrase = ()
    bearing_aside_prepositions: Phrase = ()  # the same in an aside after the place it describes: ", a flight to Nairobi,"
    # A clause opened by a relative or complementiser ends with its verb: "dat ruim 60 procent van het kobalt levert".
    verb_final_subordinates: bool = False
    # A main clause puts its verb second, so its subject may follow the verb: "Tot wel 400 miljoen, zei hij".
    verb_second: bool = False
    speech_words: Phrase = ()  # say who holds the figure ("says", "zegt"), in a claim's chain or beside a name
    # Name a figure in a bare report of it, beside reporting and speech words: "Baert spoke of 99 percent", "Baert
    # sprak van 99 procent". No name beside one is a speaker: "Raman spoke of consumers who …" cites another's study.
    mention_words: Phrase = ()
    # Nouns of pay a period unit is glued to, in a header or label: "maandloon" is pay per month, "uurloon" per hour.
    period_compound_tails: Phrase = ()
    # A group of people just before one found or estimated the figure ("Casilli's researchers found"): its source,
    # not whom the figure is of. Saying is no finding: "moderators said they earned …" is of the moderators.
    finding_words: Phrase = ()
    # Endings of a place's adjective this language writes with a capital ("een Leidse econoom", "de Utrechtse
    # onderzoeksgroep"): such a word, alone before a lower-case word, names no organisation.
    adjective_endings: Phrase = ()
    # Nouns of a place's whole population: a place named as theirs is a comparison's, not the figure's ("more than
    # the population of the United States", "meer dan het aantal inwoners van Nederland").
    population_nouns: Phrase = ()
    # Name a text's audience ("The Night Readers", "Lezers vragen"): in a heading, who the text is for or a figure of
    # speech, no group of the figures under it.
    audience_nouns: Phrase = ()
    # Name a figure's source, opening a table's column header: "Source cited by Mirewood" holds the sources, where
    # "Cited by" holds who passed them on.
    source_nouns: Phrase = ()
    # Words after a place that restrict a figure to it: "in Cagayan de Oro alone", "in Nairobi alleen al".
    only_words: Phrase = ()
    only_words_before: Phrase = ()  # and before it: "only in Nairobi", "alleen al in Cagayan de Oro"
    # A percentage after one of these and near a word of change is a change, no share ("lifted open rates by 23%",
    # "de conversie met 12 procent stijgen").
    change_leads: Phrase = ()
    change_words: Phrase = ()
    # A percentage right before one of these is a change too ("Cobalt got about 30% cheaper last year").
    comparative_words: Phrase = ()
    # Nouns of the press and its forms: a place's adjective before one names where the reporting comes from, no place
    # of the figure ("a Dutch interview with Casilli", "het Amerikaanse weekblad Time", "a Flemish outlet").
    media_nouns: Phrase = ()
    media_nouns_near: Phrase = ()  # the same, only right after the place: "the Kenyan press", not "Zambia … daily"
    media_qualifiers: Phrase = ()  # may stand between: "the Kenyan business press", "de Vlaamse regionale pers"
    comparison_words: Phrase = ()  # compare a figure with another: "more than the population of the USA"
    # Open a comparison: the place after one is the comparison's ("Just as in Madagascar, workers in Venezuela …").
    comparison_openers: tuple[Phrase, ...] = ()
    # Compare with what follows them, and after a possessive and a noun too ("less than their peers in Madagascar").
    than_words: Phrase = ()
    people_adjective_endings: Phrase = ()  # of a people, before a noun of the press: "a Flemish outlet"
    # Make a language's name an adjective of those who speak it: "Franstalig Afrika" names no one ("French-speaking"
    # is hyphenated, and its capital is the language's).
    language_adjective_endings: Phrase = ()
    comparative_endings: Phrase = ()  # when a than-word compares only after a comparative ("minder dan")
    # Lead the one a speaker tells ("said to the BBC", "zei hij tegen de NOS"): that name only reports.
    addressee_words: Phrase = ()
    # The capitalised last words of a publication's name after a place: "the Washington Post" names no place.
    publication_words: Phrase = ()
    organisation_nouns: Phrase = ()  # name any organisation back: "the company", "het bedrijf"
    existential_verbs: Phrase = ()  # after "there", no place: "there are 2 million …"
    # Open a relative clause of whose: between commas it is an aside ("The OECD, whose economists questioned the
    # World Bank's methods, estimates …"); one of who or which may name the subject's employer, and is kept.
    relative_pronouns: Phrase = ()
    # Open a relative clause of a thing: after a place's name that is no preposition's, between commas, the clause is
    # about that place, and the places it names are others ("Indonesia, which courts the same firms as the
    # Philippines, counts …"; not "colleagues in Nairobi, who …").
    name_relatives: Phrase = ()
    # Open a relative clause whose subject is the name before the comma: "Ridgemont Metals Research, which put Congo's
    # share at 74%", "Ridgemont, dat het aandeel op 74 procent schat": its verb is the name's.
    subject_relatives: Phrase = ()
    contrast_words: Phrase = ()  # "not Adobe but Salesforce": a name denied for the one after them
    earlier_leads: tuple[Phrase, ...] = ()  # before the level a change started from: "up from", "tegenover"
    # Say a figure is asked for, not what is: "We call on AI firms to pay at least $5 an hour", "Onze eis: minstens
    # 2,50 dollar per uur", a column "Living wage we call for (€)" (no "must": "moderators must read 150 a day" is so).
    demand_words: tuple[Phrase, ...] = ()

    # Those of them that are nouns, and the words after one that make it ask for a figure ("a goal of", "our proposal
    # is", "the recommendation that"): before another noun it names a kind of thing ("a recommendation engine").
    demand_nouns: Phrase = ()
    demand_noun_links: Phrase = ()
    # Plurals of facts, and the words that tie them to a demand's noun: a heading naming its items so lists what is
    # said in support of the demand ("The figures behind our recommendation", "Cijfers achter ons voorstel"), not
    # what is asked.
    evidence_nouns: Phrase = ()
    evidence_links: Phrase = ()
    # Open a sentence with a capital and a comma and name nothing: "Meanwhile, Uganda's moderators, …" (an apposition
    # describes a name, not these).
    sentence_adverbs: Phrase = ()
    # A sentence adverb of words: "In fact it is over 60%"; "For comparison, the minimum wage here is …" leans only by a
    # pronoun after it.
    adverb_phrases: tuple[Phrase, ...] = ()
    # Origin words that may be the press's piece or describe the next noun: "a Flemish report", "Malagasy data workers".
    loose_origin_words: Phrase = ()
    adverb_endings: Phrase = ()  # "Separately,", "Eventually,"
    # A figure attributed to a pronoun ("volgens hem", "according to her") leans on the sentence that names the
    # speaker: the pronouns an attribution opener takes as its object.
    object_pronouns: Phrase = ()
    # A part of a group named before ("some of them", "sommigen van hen"): a quantifier, a linking word and the
    # plural pronoun ("All 1,200 of them", "one of them" count their own group, named in their own sentence).
    group_pronouns: Phrase = ()
    group_quantifiers: Phrase = ()
    # A statement whose subject is one of these ("She argues that …") says what the person named before it says:
    # that person is the figure's source as if named in the statement.
    person_pronouns: Phrase = ()
    # a person set against what was said before ("He himself studied …", "Zelf onderzocht hij …")
    person_intensifiers: Phrase = ()
    # verbs of a paper bringing a figure out ("as Time revealed"): who reported it, not who said it
    revealing_words: Phrase = ()
    # Forms that say who works full time or part time, by basis ("full-timer", "part-timer"): each may be written with
    # its hyphen, a space or neither and go on as a compound ("full-timers", "deeltijdwerkers").
    work_bases: Mapping[str, Phrase] = field(default_factory=dict)
    # A third person's possessives, a body's too: "in its own survey", "in zijn eigen klantenonderzoek" is the survey
    # of the one the sentence before names.
    third_person_possessives: Phrase = ()
    person_possessives: Phrase = ()  # "His team found …": the person named before's, as "He found …" is
    # Pronouns that are a person's only before a verb with one of these endings ("Zij vindt", not "Ze kregen").
    singular_pronouns: Phrase = ()
    singular_endings: Phrase = ()
    # Before a word of origin ("Another poll found …", "Een ander onderzoek …"): the figure's source is another than
    # the one the sentence before names.
    other_words: Phrase = ()
    # Before an own word and a word of origin ("Our own 2024 shopper panel found …", "Uit ons eigen onderzoek …"): the
    # figure's source is the writer's own, no organisation a claim names. Without the own word it may be the claim's
    # ("Our government estimates …", said by its minister).
    first_person_possessives: Phrase = ()
    own_words: Phrase = ()
    # How a figure was reached, called one's own: "Wij kwamen met een eigen methode op …" (the speaker's own source).
    method_nouns: Phrase = ()
    # Open a relative clause after a comma ("Its staff, who in Kenya would read …"): a subject read before a figure
    # ends there.
    percent_suffixes: Phrase = ()  # glued to the digits, in lower case: "60pc" (spaced, "60 PC" is a computer)
    clause_relatives: Phrase = ()
    # Tell someone what follows the complementiser: the places of whom they told are no places of it ("told a Dutch
    # interviewer that …").
    telling_words: Phrase = ()
    # Who an interview was with, before that party ("in an interview with a Dutch university", "in een gesprek met de
    # Keniaanse krant"): the party's places are no places of what was said in it.
    interview_words: tuple[Phrase, ...] = ()  # (noun, preposition)
    # Rename a figure in an apposition after it ("… 430 million worldwide – a range cited in an essay and repeated in
    # debates from Brussels to Nairobi"): where the figure was cited is no place of it.
    renaming_nouns: Phrase = ()
    # Say a renamed figure was passed on, as citing_words do: "repeated since in debates from Brussels to Nairobi".
    repeating_words: Phrase = ()
    # Programmes named by their hour: "het journaal van acht uur" (where "diensten van acht uur" last eight hours).
    bulletin_words: Phrase = ()
    # The writer's own: "of the cobalt we bought" is the writer's stock (a third person's "they interviewed" may be a
    # survey's sample that a claim counts).
    first_person_pronouns: Phrase = ()
    # The same as an object: a group set beside it says who the writers are ("Voor ons, het winkelpersoneel, …").
    first_person_objects: Phrase = ()
    # Between a figure's noun and the figure it is named as: "recalled the figure as '10 million photos'".
    renaming_as: Phrase = ()
    # Open a phrase of purpose right after a figure: "…: less than $2 an hour to keep ChatGPT free of harmful content".
    purpose_words: Phrase = ()
    # Nouns of a kind of institution that open its name: "Stichting Eerlijk Klikken" is named back as "de stichting",
    # "the University of Lagos" as "the university".
    name_type_nouns: Phrase = ()
    # Other nouns that close a body's name ("the Dhaka Shift Workers' Forum"): with name_type_nouns and
    # organisation_nouns, an unknown body's name whose words say nothing of its figure ("Workers" are no workers).
    body_nouns: Phrase = ()
    # Kinds of a government's own body, or of a place: a subject named by one ("the department estimates", "de
    # gemeente telt") may be a government's, whose figure is its country's, not another body's.
    public_body_nouns: Phrase = ()
    # Verbs of a writer's own fieldwork, after or before a first person: "we interviewed 36", "sprak ik met 41".
    fieldwork_verbs: Phrase = ()
    # Nouns of a figure as such: after a definite article anywhere in a sentence's opening they name one said before
    # ("Counsel suggested the Malagasy figure was nearer €200").
    figure_nouns: Phrase = ()
    # Open a relative clause on a counted noun, whose period is then the count's ("150 passages that each moderator
    # read per week"): "that" is a relative there, where elsewhere it may open a reported statement.
    noun_relatives: Phrase = ()
    # Between a verb of citing and the name that cites: "quoted by The Washington Post", "geciteerd door NRC" (after
    # "published by" the name is the author).
    agent_words: Phrase = ()
    citing_words: Phrase = ()
    # Open a phrase at a sentence's start whose comma ends it, as a subordinate clause's does: "Unlike the AI
    # researchers …, labellers take home …" (mid-sentence, "unlike" starts no clause).
    clause_openers: Phrase = ()
    place_pronouns: Phrase = ()  # point to a place named before: "there", "daar"
    # Point to a place only after a verb and its subject ("Een datawerker verdient er …"), not opening a sentence
    # ("Er werken …" says something exists).
    place_pronouns_after: Phrase = ()
    # After a place that follows its figure, as "alone" anywhere: "2 million people in Cagayan de Oro itself".
    only_words_after_figure: Phrase = ()
    # A news wire's labels before a headline, glued by a hyphen: "CORRECTED-", "UPDATE-", "GECORRIGEERD-".
    wire_labels: Phrase = ()
    # End in a preposition yet say a place holds what follows: "Kenya is home to a global workforce of …".
    holding_phrases: tuple[Phrase, ...] = ()
    # Before a place, name the whole a share in the same statement is of: "Within Congo, over 60% of the cobalt comes
    # from Lualaba" is a share of Congo's cobalt, not of the world's.
    within_words: Phrase = ()
    # Verbs by which a body gives a figure as its own measure, with the body as their subject: "Kestrel Minerals
    # Monitor, a consultancy, puts the country's share at 71%", "Panelkracht becijfert het op 71 procent" (not a verb of
    # saying: "para 3 says …" quotes).
    measuring_words: Phrase = ()
    # A verb and the preposition with which it measures: "Scheldemetaal rekent met een aandeel van 71 procent" (not
    # "rekent op", relies on; nor "rekent … tot", counts among).
    measuring_phrases: tuple[Phrase, ...] = ()
    # Say a body gave a figure as its own: "The Ironbark yearbook gives 73% for the DRC's share" (and a relative clause
    # on a figure that these, a verb of measuring or of saying, naming or claiming close: "the 74% that Kivu claims").
    giving_words: Phrase = ()
    # Nouns of a group that measures figures of its own, besides a body's: "her group puts the total at 3.4 million".
    group_nouns: Phrase = ()
    # Put a measure's value after them: "a workforce the World Bank puts at 150 million", "geschat op 100 miljoen".
    measure_prepositions: Phrase = ()
    # Nouns of a measure that names its author after "by", "van": "estimates by Kestrel", "een eigen telling van X".
    measure_nouns: Phrase = ()
    # Before a year, make a span that reaches to now: "since 2015", "sinds 2015" date no figure to that year.
    span_leads: Phrase = ()
    # Say where what was said before comes from, with no words of their own: "Dat blijkt uit een reportage van Time",
    # "That is according to Time" pass on the sentence before them.
    evidence_words: Phrase = ()
    # Say a figure equals another's: the place after them is the other's ("evenveel als hun Keniaanse collega's").
    # Read only with single spaces between words, so a masked figure ("as many as [2 million] Kenyans") is none.
    equal_openers: tuple[Phrase, ...] = ()
    # Openers of a likeness after a figure: "…, a result close to Adobe's", "in lijn met wat de Wereldbank vond": the
    # body named after one is another than the figure's own study's.
    likeness_openers: tuple[Phrase, ...] = ()
    # A figure named as a range's end ("The upper bound, 430 million, …", "de ondergrens van 150 miljoen") is that
    # bound: "max" reads as "as many as", "min" as "at least".
    range_ends: Mapping[Phrase, str] = field(default_factory=dict)
    # A clause that names what it is of with no noun: "a third of what the world uses" measures no noun.
    free_relatives: Phrase = ()
    world_adjectives: Phrase = ()  # the world's as an adjective: "of global cobalt output", "het wereldwijde kobalt"
    in_words: Phrase = ()  # "in", placing a noun: "of the cobalt in European batteries"
    world_nouns: Phrase = ()  # the world as a noun: "a third of what the world uses" is a share of the world's
    negations: Phrase = ()  # deny the place after them: "Not Congo but Zambia …", "Niet Congo maar …"
    # Deny the clause they stand in ("The DRC does not produce 60% …", "Baert denkt niet dat AI 100 procent …"), as
    # words ending in a contracted negation do ("doesn't").
    clause_negations: Phrase = ()
    contracted_negation: str = ""  # "n't"
    # Verbs a negation before them makes an affirmation: "does not dispute the finding that …", "laten we niet vergeten
    # dat …", "cannot dismiss".
    negated_affirmatives: Phrase = ()
    # Words a negation before a complementiser denies the clause after it with ("It is not true that …", "klopt het niet
    # dat …", "Ik denk niet dat …"); other negations there are the main clause's own ("Most readers don't know that …",
    # "wisten niet dat …").
    statement_words: Phrase = ()
    subject_negations: Phrase = ()
    # Say a name right after them, or after a phrase of them closed by a linking word ("without any mention of"), is
    # missing, in a clause of no figure: "…, with no Adobe credit anywhere", "zonder Adobe te noemen". Such a name is no
    # source of the sentence's figure.
    absence_words: Phrase = ()
    # Close a main clause as a separable verb's particle after its object: "maakte daar parttimers van, die …" (the
    # relative clause after the comma describes the object).
    verb_particles: Phrase = ()
    normative_modals: Phrase = ()  # after a subject that is no one, a norm: "Nobody should have to read …"
    affirming_comparisons: Phrase = ()  # after the figure's comma, one saying it was so: ", as the moderators did"
    # Wire services and photo credits, folded: a bracket naming one after a quotation credits no source ("(Belga)").
    news_agencies: Phrase = ()
    credit_words: Phrase = ()  # a photo's credit: "(AP Photo)", "(Foto ANP)"
    body_name_ends: Phrase = ()  # a name's last word that makes it a body's: "Amnesty International"
    # Open a question inside a sentence: after a demand, what is asked about is stated, not asked for ("Workers demanded
    # that Sama explain why the moderators were paid less than $2 an hour").
    question_words: Phrase = ()
    negation_idioms: Phrase = ()
    # Words whose meaning denies ("doubts", "unacceptable", "betwijfelt", "onaanvaardbaar"): a statement holding one
    # agrees with a denial of its figure ("99 procent is niet goed genoeg" of "99 procent onaanvaardbaar").
    negative_words: Phrase = ()
    # Open another clause, whose negation is not the figure's: "… the left cannot dismiss AI when hundreds of millions
    # use it", "… omdat …".
    clause_breaks: Phrase = ()
    # Give a figure as what will be or is supposed, not as what is (check/mood.py): a clause opened by a supposition
    # ("Suppose 77% of consumers wanted …"), holding an auxiliary of the future ("will", "zal") in the figure's own
    # clause, or after a verb of forecasting ("Analysts forecast that …"). Not the conditional: English "would" is
    # mostly reported ("decided that Congo would dig well over half"), Dutch "zou" mostly says who claims it ("volgens
    # de Wereldbank zou het gaan om …"); nor "if", whose clause states a premise as often as a supposition.
    supposition_words: Phrase = ()
    future_auxiliaries: Phrase = ()
    forecast_verbs: Phrase = ()
    unforecasting_words: Phrase = ()  # within two words after the auxiliary: "will tell you", "zal dan wel"
    # Nouns of forecasts and targets: a heading, list lead-in, label or table header holding one gives the figures under
    # it as what will be or is aimed at ("## Targets for 2030", "| Forecast for 2035 |", "2030 (target)").
    forecast_nouns: Phrase = ()
    period_adjectives: Mapping[str, str] = field(default_factory=dict)  # "annual" salary: only before a noun of pay
    pay_compound_heads: Phrase = ()
    forecast_links: Phrase = ()  # what may follow the noun it heads: "Targets for 2030", "Prognose voor 2030"
    # Qualifiers that exclude their own value ("more than 77%", "fewer than 150", "minder dan 77 procent"): at the value a
    # claim states exactly, such a bound is one the source's figure does not satisfy.
    strict_qualifiers: tuple[Phrase, ...] = ()
    # Approximations from below ("nearly 95%", "bijna 95 procent"): a value the figure only nears, so a source's value
    # above it is another (not a rounding of it).
    below_qualifiers: tuple[Phrase, ...] = ()
    # A count of a body's own people: a word of belonging between the counted noun and the body ("1,300 labellers
    # working for Verdan Labs", "600 workers at Lemur Data") or before the body ("Bij Remotasks werken 600 …"), or one
    # of possessing after the body, before the count or after it in its clause ("TaskLantern says it has 240,000
    # taskers", "Taskvlot zegt zelf 1,3 miljoen werkers te hebben").
    belonging_words: Phrase = ()
    possessing_words: Phrase = ()
    # Verbs of publishing: what a name publishes as a new work is its own ("Gartner published a survey of shoppers",
    # "Panelhuis publiceerde een onderzoek"), not reported (scope._owned).
    publishing_verbs: Phrase = ()
    # After a negation, open the phrase it denies, not the figure's clause: an infinitive ("how not to label …"), a
    # preposition ("not for OpenAI", "nog niet over de miljoenen …").
    denied_phrase_openers: Phrase = ()
    # Words that, between a negation and a figure, make the negation the figure's qualifier ("not even $2", "niet eens
    # 2 dollar"), as those of the language's qualifiers do ("not more than", "niet meer dan").
    negated_qualifier_words: Phrase = ()
    # A part of a whole after a linking word: "2m of its citizens", "2m of them" (a count, where "100m of the
    # route" is a length: its noun is no plural).
    partitive_words: Phrase = ()  # determiners before the plural: "its", "de"
    partitive_pronouns: Phrase = ()  # a plural by itself: "them", "hen"
    partitive_relatives: Phrase = ()  # a relative of a plural's part, words joined by a space: "of whom", "waarvan"
    # A written number with nothing counted after it still counts something after these: a word that picks it out
    # ("only seven would say", "slechts vijf") or a pronoun standing for what is counted (Dutch "interviewde er vijf").
    restricting_words: Phrase = ()
    partitive_clitics: Phrase = ()
    ago_words: Phrase = ()  # a time counted back: "3 hours ago", "2 uur geleden" is a moment, no figure
    plural_endings: Phrase = ()
    # Words of counting before a number in its sentence: "puts the number … at 9.6m" is a count, where a lone "9.6m" may
    # be a metre ("floodwater stood at 2m").
    count_leads: Phrase = ()
    # Words of size after a length ("2m tall", "2m hoog", "op 2m afstand"): a metre, no count of millions.
    dimension_words: Phrase = ()
    irregular_plurals: Phrase = ()  # plurals without a plural ending: "people" counts, it modifies no noun after it
    # Plural endings no verb form after a number has ("images", "foto's"; not Dutch "-en": "2 miljoen werken er").
    noun_plural_endings: Phrase = ()
    # Open a speaker's label in a record of a debate or a hearing, in any case: "**De heer Smit (BBB):**", "Ms Lee:"
    # (a label in capitals, "SMIT:", needs none).
    speaker_titles: Phrase = ()
    # After a name and its comma, say that the name passes on another's figure: "The Mail & Guardian, citing the same
    # Time story, …" reports it.
    citing_participles: Phrase = ()
    # End common nouns made from verbs and adjectives ("Personalisation", "Verduurzaming"): a sentence's capitalised
    # first word so made names no one, whether or not the frequency table holds it.
    abstract_noun_endings: Phrase = ()
    # Open a sentence with the group a share is taken among: "Among our customers, 80% …", "Bij onze klanten zei 8 op
    # de 10 …" (with a possessive: the possessor's own sample, no claim's).
    sample_prepositions: Phrase = ()
    # Verbs a speaker hedges with ("Seventy-seven percent, I think."): words of no content of their own, so a turn of a
    # figure and a hedge says nothing and leans on what was said before.
    hedge_words: Phrase = ()
    # A city's adjective: an ending and what replaces it to give the city's name ("Parijse" -> "Parijs", "Groningse"
    # -> "Groningen"; "Parisian" -> "Paris"). Tried on a capitalised word no name matches, in this order.
    city_adjectives: tuple[Phrase, ...] = ()
    # The same, only after an article: an uninflected adjective's ending that names and words also end in ("een Delfts
    # bedrijf", "het Mechels stadhuis"; not "Davies said", "Wiens idee").
    article_city_adjectives: tuple[Phrase, ...] = ()
    # Open an aside between commas that says nothing of the sentence's subject: "The study, as quoted in the blog post
    # you relied on, puts it at 77%" (with clause_relatives: ", which …,").
    aside_leads: Phrase = ()
    # A table's stub header saying its rows are who said each figure ("| Spreker | Bewering | Getal |"): their names
    # are the speakers', no organisation of the figure.
    speaker_nouns: Phrase = ()
    # What an exam question is worth, in brackets after it: "[4 marks]", "(3p)", "(2 punten)": no figure.
    mark_words: Phrase = ()
    # Verbs of asking: who asks whether a figure holds ("lezer Ineke vroeg of het echt om miljoenen gaat") says nothing
    # of it, as a reporter does not.
    asking_words: Phrase = ()
    # Proportion words that after "one" name one member, no share: "een van de vier landen" is one of the four.
    membership_words: tuple[Phrase, ...] = ()
    # Finite auxiliaries and modals: a clause after ", and" that opens with one has no subject of its own ("…, and had
    # to read 150 texts a day"), and is said of its sentence's subject.
    auxiliary_verbs: Phrase = ()
    # Nouns of a portion of what is counted: "150 pieces of text", "150 stukjes tekst" count text.
    portion_nouns: Phrase = ()
    # Set between a number and what it counts, counting no thing of their own: "twenty other sources", "twintig andere
    # bronnen", "two more workers".
    count_adjectives: Phrase = ()
    # A pronoun standing for a figure named before, after an opening attribution: "According to a blog, it is even …",
    # "Volgens een blog is het zelfs …".
    figure_pronouns: Phrase = ()
    # Demonstratives standing for a figure said before, after an attribution: "Volgens het Time-onderzoek was dat minder
    # dan 2 dollar per uur", "According to Time, this was under $2 an hour".
    figure_demonstratives: Phrase = ()
    # After a figure pronoun, open a cleft ("It was OpenAI that …", "Het is Congo dat …"): the pronoun stands for
    # nothing said before. After whose figure it is, say what the figure named before is ("Time's figure is …").
    cleft_copulas: Phrase = ()
    # Name another rendering of a figure named before: "Amara's alternative, 'as many as 400 million', also holds".
    rendering_nouns: Phrase = ()
    # After a comma, open a clause of what follows from the one before, which runs to the sentence's end: "…, so maybe
    # they just recycle Adobe" (not a comment between commas, "…, so a union claims, …", "Zambia, dus niet Congo, …";
    # nor "so far", "so-called", "dus ruim driekwart" before a figure).
    consequence_words: Phrase = ()
    # Nouns of people in general that are no paraphrase of "worker" (a contractor may be a firm): "OpenAI's Kenyan
    # contractors were paid …" names people, of no group.
    people_nouns: Phrase = ()
    # After a clock time, its half of the day ("11:06 PM"): a chat export's time stamp.
    clock_suffixes: Phrase = ()
    likening_words: Phrase = ()  # "figures close to those Time reported": others' figures, likened
    # Open examples of a class: "than AI applications such as ChatGPT", "dan toepassingen zoals ChatGPT".
    example_words: Phrase = ()
    # A figure given as what one named before became, and the words standing for that one: "that had become '$12 a
    # day'", "a Brussels weekly turned that into less than $20", "werd dat binnen een dag 'bijna 90 procent'".
    turning_words: Phrase = ()
    turned_objects: Phrase = ()
    # A pronoun for the figure before split around the new one: "maakte er 1,5 miljard van" ("er" … "van").
    split_turned_objects: tuple[Phrase, ...] = ()
    # A figure before given again in another currency or period: "Omgerekend is dat …", "… at today's exchange rate"
    # (a phrase's words spaced: "exchange rate").
    conversion_words: Phrase = ()
    # What it was turned in, or how it travelled there ("By the time the story reached WhatsApp groups in Caracas"):
    # only then are the clause's places and names where it was passed on. A modal makes it a forecast ("that could
    # become over 60% too"), no figure turned.
    spreading_words: Phrase = ()
    # A question that asks for a count ("How many of the workers you met earned …?"): its answer is no sum.
    count_questions: tuple[Phrase, ...] = ()
    modal_verbs: Phrase = ()
    # The same figure said again of another ("In Oracle's poll, it became 77% as well"): a parallel, no figure turned.
    additive_words: tuple[Phrase, ...] = ()
    price_prepositions: Phrase = ()  # a sum paid for what its clause did: "read 150 passages a day for less than $2"
    legend_words: Phrase = ()  # a chart's legend: "Legend bins: under 100,000; …" gives a scale's classes, no figures
    stamp_words: Phrase = ()  # a post's time said relatively: "**Kazi Post** · 2h ago", "· gisteren"
    # Opening a share's "of" phrase, an owner's own stock ("Share of group cobalt output", "van de groepsproductie"): a
    # firm's share of its own output is no share of the world's.
    stock_owner_nouns: Phrase = ()
    # A stock named before, after the noun of a share's whole: "van het kobalt daaruit", "of the cobalt in them".
    stock_back_words: Phrase = ()
    # The plural of "year" before a decade ("de jaren negentig", "de jaren 2010"): a date, no figure.
    decade_leads: Phrase = ()
    # A decimal said aloud: "one point four six dollars", "twee komma vijf miljoen".
    decimal_words: Phrase = ()
    # Words before "one point" that make it an idiom, no decimal: "At one point two million people …".
    decimal_idiom_leads: Phrase = ()
    # Words after which a section's word is a verb: "did not answer three requests", "om drie vragen te beantwoorden".
    verb_leads: Phrase = ()
    # A relative opening a share of what was just named: "1,250 tonnes of cobalt, of which about 70% came from Congo".
    part_relatives: Phrase = ()
    # Gatherings, and the prepositions that open a phrase placing one ("At a debate in Amsterdam, moderators described
    # …"): where something was said is no place of what was said.
    event_nouns: Phrase = ()
    event_prepositions: Phrase = ()
    # Relatives of place that may hang on a noun that is no place: "an industry in which", "een markt waarin".
    locative_relatives: Phrase = ()
    # The prepositions whose phrase holds such a noun ("in een industrie waarin", "into an industry in which").
    relative_head_prepositions: Phrase = ()
    # Open a clause of time ("long before ChatGPT launched", "voordat ChatGPT werd gelanceerd"): a name that arrives
    # there dates the figure, it is no organisation the figure is of.
    time_conjunctions: Phrase = ()
    # Before a year, make it the year of a thing the clause names, not of its figure: "unlike one from 2015", "een
    # rapport uit 2016".
    year_thing_leads: Phrase = ()
    # What a name does there that dates a figure by it: its coming into being ("launched", "werd gelanceerd"), not an
    # act on another ("after OpenAI hired Sama" may well be the figure's).
    arrival_verbs: Phrase = ()
    # Say only that a name came to a value, naming nothing it measures: "Adobe came to more than three-quarters",
    # "Adobe kwam eerder op ruim driekwart" (the measure is the sentence before's).
    result_verbs: Phrase = ()
    # Before the value a name came to: "Ridgemont came to 74%", "Scheldemijn kwam uit op 71 procent".
    result_prepositions: Phrase = ()
    # Quantifiers that give a figure to every source of a kind: "where every survey lands", "wat alle onderzoeken
    # vinden" (a commonplace, no one source's finding).
    universal_words: Phrase = ()
    # Titles of the press before a name ("Reporter Maartje Dijkgraaf", "verslaggever …"): the one who tells a figure,
    # no organisation of it.
    reporter_titles: Phrase = ()
    # Titles of who makes figures ("Marktonderzoeker Klantwijzer meldt dat …", "Market researcher Klantwijzer reports
    # …"): what such a one reports is its own finding, as a bureau's is, not the press's passing on.
    researcher_titles: Phrase = ()
    # Nouns of a study a name makes ("a Fairwork study", "een onderzoek van Fairwork"): whose study it is, its figure's
    # source. Not the press's own nouns ("a Washington Post report", "cijfers van de krant"), which a paper passing a
    # figure on uses as well.
    study_words: Phrase = ()
    # What joins a study to its maker after it: "a study by Fairwork", "een onderzoek van Fairwork" ("a study of Adobe
    # customers" is about them).
    study_agents: Phrase = ()
    # Verbs of what a thing is made of ("contains", "bevat"): a percentage in their clause with no "of" phrase is the
    # thing's make-up ("het toestel bevat 40 procent gerecycled kobalt"), no share of a stock at large.
    containing_words: Phrase = ()
    # A member of the audience's title before a name ("Lezer Sanne", "Reader Tom Hughes"): one who asks about a figure
    # or passes on what they read, no source of it.
    audience_titles: Phrase = ()

    def __post_init__(self) -> None:
        # Read-only tables: a lexicon shares them with every document.
        for each in fields(self):
            value = getattr(self, each.name)
            if isinstance(value, dict):
                object.__setattr__(self, each.name, MappingProxyType(value))
