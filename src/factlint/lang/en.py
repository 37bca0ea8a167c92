"""English: the words factlint reads figures, sentences and clauses by, and "forty-two"."""

from __future__ import annotations

from factlint.lang.language import Language, Words, no_compounds

_TENS = (20, 30, 40, 50, 60, 70, 80, 90)


def hyphenated(word: str, words: Words) -> float | None:
    """ "forty-two": a tens word and a unit joined by a hyphen."""
    if "-" not in word:
        return None
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in words.number_words and parts[1] in words.number_words:
        tens, unit = words.number_words[parts[0]], words.number_words[parts[1]]
        if tens in _TENS and 1 <= unit <= 9:
            return tens + unit
    return None


# Denominators: an ordinal names one part of as many ("a fifth", "three fifths"). "first" and "second" name none.
_ORDINALS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}


# Plurals without an -s: "young people" counts people, as "young workers" counts workers.
IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "staff", "police", "folk", "youth", "clergy"})


def modifies(word: str, following: str) -> bool:
    """A word in front of a plural noun modifies it: "text passages", "young people"."""
    return not word.endswith("s") and (following in IRREGULAR_PLURALS or (
        following.endswith("s") and not following.endswith("'s")))


LANGUAGE = Language(
    code="en",
    decimal_mark=".",  # "1,500" is fifteen hundred; "1.500" is one and a half

    number_words={
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    },
    one_words=("a", "an", "one"),
    hundred_words=("hundred",),
    scales={"dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
            "milliard": 1e9},  # British English's long-scale word, and a translation's from Dutch
    # In any case ("1.2M users", "$5bn"); a single capital after "a" names a product ("a 4K video"), and a lone
    # "m" on a count with nothing counted is a metre ("1m isn't a number").
    scale_suffixes={"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9,
                    "bln": 1e9, "tn": 1e12, "tln": 1e12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12},
    plural_scales={"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9},
    half_words=("half",),
    lone_scales=(),  # "a thousand": the article is read as one
    n_figure_words=("figure",),
    n_figure_nouns=("figures",),
    articles=("a", "an"),
    and_words=("and",),
    linking_words=("of",),
    not_anchors=(),
    compound_ending="",
    compound_value=hyphenated,
    vague_compound=no_compounds,
    minus_words=("minus", "negative"),

    fraction_words={"half": 2, "halves": 2, "quarter": 4, "quarters": 4, **_ORDINALS,
                    **{word + "s": value for word, value in _ORDINALS.items()}},
    ordinal_endings=(),  # English ordinals change the number word ("twentieth"): fraction_words lists them
    lone_fractions={("half",): 0.5},
    proportion_words=(("in",), ("out", "of")),
    few_words=(("a", "few"), ("several",), ("a", "couple", "of"), ("a", "couple")),

    currency_words={
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "buck": "USD",
        "bucks": "USD",
    },
    dollar_adjectives={"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
                       "singapore": "SGD"},
    currency_phrases={
        ("kenyan", "shilling"): "KES", ("kenyan", "shillings"): "KES", ("swiss", "franc"): "CHF",
        ("swiss", "francs"): "CHF", ("chinese", "yuan"): "CNY", ("indian", "rupee"): "INR",
        ("indian", "rupees"): "INR", ("pakistani", "rupee"): "PKR", ("pakistani", "rupees"): "PKR",
        ("sri", "lankan", "rupee"): "LKR", ("sri", "lankan", "rupees"): "LKR", ("japanese", "yen"): "JPY",
        ("pound", "sterling"): "GBP", ("pounds", "sterling"): "GBP", ("british", "pound"): "GBP",
        ("british", "pounds"): "GBP", ("hong", "kong", "dollar"): "HKD", ("hong", "kong", "dollars"): "HKD",
        ("new", "zealand", "dollar"): "NZD", ("new", "zealand", "dollars"): "NZD",
    },
    subunit_words={"cent": "USD", "cents": "USD", "penny": "GBP", "pennies": "GBP", "pence": "GBP"},
    subunit_suffixes={"p": "GBP"},  # "80p"; "43c" only as the cents of an amount (extract/currencies.py)
    percent_phrases=(("percent",), ("per", "cent"), ("pct",), ("percents",)),
    percent_suffixes=("pc", "pct"),

    period_units={
        "hour": "hour", "hr": "hour", "hrs": "hour", "h": "hour", "day": "day", "week": "week", "wk": "week",
        "month": "month", "mo": "month", "mth": "month", "quarter": "quarter", "year": "year", "yr": "year",
        "annum": "year",
    },
    period_leads=("a", "an", "per", "each", "every"),
    period_adverbs={"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                    "quarterly": "quarter", "yearly": "year", "annually": "year"},
    period_abbreviations={("p", "/", "h"): "hour", ("p", "/", "w"): "week", ("p", "/", "m"): "month",
                          ("p", "/", "a"): "year", ("p.a",): "year"},

    qualifiers={
        ("about",): "approx", ("around",): "approx", ("roughly",): "approx", ("approximately",): "approx",
        ("approx",): "approx", ("approx", "."): "approx", ("nearly",): "approx", ("almost",): "approx",
        ("barely",): "approx", ("some",): "approx", ("circa",): "approx", ("ca", "."): "approx",
        ("an", "estimated"): "approx",
        ("close", "to"): "approx", ("~",): "approx", ("≈",): "approx",
        ("more", "than"): "min", ("over",): "min", ("at", "least"): "min", ("as", "little", "as"): "min",
        ("as", "few", "as"): "min", ("as", "low", "as"): "min", ("upwards", "of"): "min", ("above",): "min",
        ("as", "young", "as"): "min",  # an age: "kids as young as six"
        ("in", "excess", "of"): "min", ("no", "less", "than"): "min", ("no", "fewer", "than"): "min",
        ("greater", "than"): "min", (">",): "min", ("≥",): "min", ("larger", "than"): "min",
        ("bigger", "than"): "min", ("higher", "than"): "min", ("greater", "than", "or", "equal", "to"): "min",
        ("more", "than", "or", "equal", "to"): "min", ("higher", "or", "equal", "than"): "min",
        ("smaller", "than"): "max", ("lower", "than"): "max", ("less", "than", "or", "equal", "to"): "max",
        ("lower", "or", "equal", "than"): "max",
        ("less", "than"): "max", ("under",): "max", ("below",): "max", ("up", "to"): "max",
        ("as", "many", "as"): "max", ("as", "much", "as"): "max", ("as", "high", "as"): "max",
        ("fewer", "than"): "max", ("no", "more", "than"): "max", ("at", "most"): "max",
        ("not", "more", "than"): "max", ("<",): "max", ("≤",): "max",
    },
    trailing_qualifiers={("or", "more"): "min", ("or", "less"): "max", ("or", "fewer"): "max"},
    extreme_qualifiers=(("as", "little", "as"), ("as", "few", "as"), ("as", "low", "as"), ("as", "many", "as"),
                        ("as", "much", "as"), ("as", "high", "as"), ("as", "young", "as")),
    range_openers={"between": ("and",), "from": ("to", "until")},
    range_opener_fillers=("the",),  # a calque of "tussen de": "between the 150 and 430 million"
    range_words=(("to",), ("à",), ("through",), ("thru",), ("until",),
                 ("to", "as", "many", "as"), ("to", "as", "much", "as"), ("to", "as", "high", "as")),  # as "tot wel"

    months=(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec",
    ),
    capitalised_months=("march", "may", "mar", "jan", "dec"),
    decade_suffixes=("s",),
    section_words=(
        "section", "chapter", "page", "pages", "p", "pp", "figure", "fig", "table", "article", "art", "item",
        "no", "number", "step", "version", "v", "level", "part", "paragraph", "appendix", "line", "episode",
        "season", "volume", "vol", "issue", "room", "route", "grade", "rule", "question", "exhibit",
        "petition", "motion", "amendment", "answer", "text", "texts", "box", "slide", "slides", "recommendation",
        "exercise", "annex", "footnote", "endnote", "l", "ll", "reviewer", "comment", "lot",
        "requirement", "clause", "para", "paras", "graf", "grafs", "row", "regulation", "reg", "ground",
        "subsection", "schedule", "edition", "ep", "eps", "example", "ext", "note", "option", "chart",
    ),
    week_words=("week", "wk"),
    lesson_words=("lesson", "period", "class", "module", "lecture", "seminar", "session", "tutorial", "workshop"),
    year_qualifiers=("around", "circa", "ca", "c"),
    class_words=(),
    update_words=("update",),  # English writes the year first: "Year 9", "Grade 5" (section_words)
    week_leads=("in", "from", "until", "till", "by", "before", "after", "since", "during", "of", "to", "through"),
    time_before=("at", "from", "until", "till", "by", "before", "after", "since", "between"),
    time_after=("am", "pm", "a.m", "p.m", "o'clock", "h"),
    ago_words=("ago",),
    clock_words=("am", "pm", "a.m", "p.m", "o'clock"),
    version_words=("upgraded", "upgrade", "updated", "update", "release", "released", "patch", "patched",
                   "downgraded", "version", "v"),

    modifies=modifies,

    stopwords=frozenset("""
a about above after again against all almost also although always am among an and another any are
aren't as at be because been before being below between both but by can can't cannot could couldn't
did didn't do does doesn't doing don't down during each either else enough even ever every few for
from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just
let's like many may me might more most much must mustn't my myself neither no nor not now of off often
on once only or other others ought our ours ourselves out over own per perhaps quite rather same
several shall shan't she she'd she'll she's should shouldn't since so some such than that that's the
their theirs them themselves then there there's these they they'd they'll they're they've this those
though through thus to too toward towards under until up upon us very via was wasn't we we'd we'll
we're we've were weren't what what's when when's where where's whether which while who who's whom
whose why why's will with within without won't would wouldn't yet you you'd you'll you're you've your
yours yourself yourselves according also around among roughly nearly approximately said says say
would whose which still already again least less fewer greater
across amongst amid amidst along alongside behind beside besides beyond despite inside onto outside
throughout whereas nevertheless nonetheless unless
""".split()),
    abbreviations=frozenset({
        "e.g", "i.e", "etc", "cf", "vs", "viz", "approx", "ca", "c", "est", "no", "nos", "nr", "p", "pp",
        "fig", "figs", "vol", "vols", "ch", "chap", "sec", "ed", "eds", "eq", "dept", "univ", "inc", "ltd",
        "co", "corp", "jr", "sr", "dr", "prof", "mr", "mrs", "ms", "mx", "st", "mt", "ft", "gen", "gov",
        "sen", "rep", "rev", "hon", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al", "op", "ibid", "min", "max", "avg",
        "incl", "excl", "resp", "mln", "bn", "tel",
    }),
    sentence_final=frozenset({"etc", "a.m", "p.m", "al", "incl", "excl", "ibid"}),
    clause_conjunctions=("and", "but", "while", "whereas", "although", "yet", "or"),
    clause_subordinators=("while", "whereas", "although"),
    figure_words=(),  # messages are written in English: English source words need no English reading

    stemmer="english",
    compounds=False,
    # Words a restatement uses for the same thing, keyed by a meaning every language shares. They matter
    # for figures: who earns, what is counted, who estimates. Stems are compared, so one form of a word
    # stands for its inflections ("earns", "earned").
    paraphrases={
        "revenue": ("revenue", "revenues", "sales", "turnover"),
        "funding": ("funding", "raised", "investment", "investments", "invested"),
        "valuation": ("valuation", "valued"),
        "profit": ("profit", "profits"),
        # A bonus is paid on top of pay, no pay itself: "paid six-figure salaries, before signing bonuses that can
        # reach $250,000".
        "bonus": ("bonus", "bonuses"),
        # A legal level, not what anyone is said to be paid: "the island's minimum wage of roughly €41 a month".
        # A living wage is a benchmark too, no one's pay: "the UK's national living wage, which rose to £11.44 an hour".
        "minimum-wage": ("minimum wage", "minimum wages", "living wage", "living wages"),
        "rent": ("rent", "rents"),
        "price": ("price", "prices", "priced", "cost", "costs", "costing"),
        "pay": ("pay", "paid", "earn", "earnings", "wage", "wages", "salary", "salaries", "income",
                "remuneration", "compensation", "take home", "takes home", "took home", "taking home", "taken home"),
        "worker": ("worker", "employee", "labourer", "laborer", "staff"),
        "data-worker": ("labeller", "labeler", "labelling", "labeling", "annotator", "annotation", "tagger",
                        "clickworker", "microworker", "crowdworker", "taskers"),
        "moderator": ("moderator", "moderation"),
        "government": ("government", "govt", "gov't", "authorities", "officials", "administration"),
        "people": ("people", "persons", "individuals", "compatriots", "countrymen", "countrywomen"),
        "estimate": ("estimate", "estimated", "reckons", "reckoning", "estimation"),
        "study": ("study", "survey", "poll", "fieldwork", "finding", "findings"),
        "consumer": ("consumer", "customer", "shopper", "buyer"),
        "hire": ("hired", "recruited", "employed", "contracted", "recruit"),
        "harmful": ("harmful", "toxic", "disturbing"),
        "text": ("passage", "snippet", "text"),
        "image": ("photo", "image", "picture"),
        "personal": ("personalized", "personalised", "tailored", "customized", "customised"),
        "brand": ("brand", "brands"),
        # (what a mine yields is its output: "more than three in five of all the cobalt dug on the planet")
        "produce": ("produce", "production", "produces", "output", "dug", "extracted"),
        # What is used, not produced: "batteries account for 70% of cobalt demand" (not "the cobalt used in …").
        "demand": ("demand", "consumption", "consume", "consumes"),
        "company": ("company", "firm", "employer", "business"),
        "child": ("children", "kids", "minors"),
        "poor": ("impoverished", "poor", "poverty", "poorer", "poorest"),
        "tax": ("tax", "taxes", "taxed"),
        "exploit": ("exploited", "exploitation", "exploitative", "exploit"),
        "train": ("train", "trains", "trained", "training"),
        "work": ("work", "works", "working", "job", "jobs"),
        "world": ("world", "worldwide", "globe", "global", "globally"),
        "country": ("country", "countries", "nation", "nations"),
        "researcher": ("researcher", "researchers", "scientist", "academic", "ethicist", "ethicists"),
        "hour": ("hour", "hourly"),
        "day": ("day", "daily"),
        "month": ("month", "monthly"),
        "year": ("year", "yearly", "annual", "annually"),
        "unacceptable": ("unacceptable", "not acceptable", "inacceptable"),
    },
    leaning_words=("they", "it", "he", "she", "we", "this", "these", "those", "that", "there", "such", "its",
                   "their", "his", "her", "both", "but", "yet", "however"),
    reporting_words=("reported", "reports", "reporting", "wrote", "writes", "said", "says", "told", "tells",
                     "noted", "notes", "added", "explained", "explains", "quoted", "cited", "published"),
    attribution_openers=(("according", "to"), ("as", "cited", "in"), ("cited", "in"), ("citing",),
                         ("writes",), ("says",), ("said",), ("reported",), ("reports",), ("as", "reported", "by")),
    origin_words=("study", "survey", "estimate", "estimates", "research", "data", "figures", "analysis",
                  "poll", "panel", "census", "fieldwork", "reckoning", "report", "statistics", "index", "source"),
    generic_names=("q1", "q2", "q3", "q4",
                   "ai", "ceo", "cfo", "gdp", "it", "hr", "pr", "phd", "prof", "dr", "mr", "mrs", "ms",
                   "professor", "doctor", "president", "minister", "internet", "web", "covid", "covid-19",
                   "ok", "tv", "usd", "eur", "am", "pm",  # "11:06 PM" (and "the PM", a title)
                   # an institution by its noun alone ("The Department has seen the reporting"): whose, it does not say
                   "department", "ministry", "committee",
                   # a party of a case by its role ("the Claimants said …"): whose, it does not say (not "Court" or
                   # "Tribunal", which end longer names: "the Employment Appeal Tribunal")
                   "claimant", "claimants", "respondent", "respondents", "defendant", "defendants", "plaintiff",
                   "plaintiffs", "appellant", "appellants", "applicant", "applicants", "complainant", "complainants",
                   "petitioner", "petitioners",
                   "erratum", "postscript"),  # a note's label ("Erratum: an earlier version …")
    name_connectors=("of", "for", "and", "&", "de", "van", "von", "der", "du", "la", "et", "al"),  # "et al." of a citation
    determiners=("the", "a", "an"),
    world_words=("worldwide", "globally", "world-wide"),
    false_friends=("kind", "arts"),  # Dutch "kind" (child), "arts" (doctor)
    participle_endings=("ed",),
    present_participle_endings=("ing",),
    prepositions=("about", "according", "across", "after", "among", "as", "at", "before", "between", "by", "during",
                  "for", "from", "in", "into", "like", "of", "on", "over", "through", "to", "under", "with", "within",
                  "without"),
    speech_participles=("interviewed", "speaking", "quoted", "talking", "lecturing", "published"),
    base_words=("based", "headquartered"),
    action_endings=("ment", "ments", "ion", "ions", "ed", "ing"),
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    partitive_words=("the", "its", "their", "his", "her", "our", "your", "these", "those"),
    partitive_pronouns=("them", "us"),
    partitive_relatives=("of whom", "of which"),
    restricting_words=("only", "just", "merely", "all"),
    subject_pronouns=("they", "he", "she", "we"),
    connectives=(("for", "example"),),
    third_person_subjects=("they", "he", "she"),
    place_relatives=("where",),
    place_prepositions=("in",),
    place_nouns=("island", "province", "region", "city", "town", "village", "county", "district"),
    city_nouns=("city", "town", "village"),
    holding_words=("with",),
    finding_words=("found", "find", "finds", "discovered", "discover", "discovers", "concluded", "conclude",
                   "concludes", "estimate", "estimated", "calculated", "counted", "counts"),
    speech_words=("says", "said", "argues", "argued", "explains", "explained", "estimates", "estimated", "told",
                  "tells"),
    mention_words=("spoke", "speaks", "mentioned", "mentions", "named", "names", "cites", "calls"),
    media_qualifiers=("business", "financial", "national", "local", "regional", "state", "online", "tabloid"),
    comparison_words=("than", "as", "compared", "exceed", "exceeds", "rival", "rivals", "rivalling", "match",
                      "matches", "equal", "equals", "dwarf", "dwarfs", "surpass", "surpasses", "outnumber",
                      "outnumbers"),
    comparison_openers=(("as", "in"), ("like",), ("unlike",), ("compared", "with"), ("compared", "to"), ("alongside",),
                        ("rivals",), ("rivalling",), ("in", "contrast", "to"), ("in", "contrast", "with"),
                        ("contrary", "to")),
    than_words=("than",),
    people_adjective_endings=("ish", "ese", "ian"),
    addressee_words=("to",),
    organisation_nouns=("company", "firm", "organisation", "organization", "agency", "startup", "start-up", "consultancy",
                        "pollster"),
    existential_verbs=("is", "are", "was", "were", "will", "has", "have", "had", "may", "might", "could", "would",
                       "seem", "seems", "appear", "appears", "remain", "remains", "exist", "exists"),
    publication_words=("post", "times", "herald", "journal", "tribune", "gazette", "chronicle", "observer",
                       "telegraph"),
    relative_pronouns=("whose",),
    name_relatives=("which",),
    subject_relatives=("which", "who"),
    contrast_words=("but",),
    earlier_leads=(("up", "from"), ("down", "from")),
    # Not "demand" (the market's, or what a job demands), nor "should" ("Brands should personalise: 71% of …").
    demand_words=(("call", "on"), ("calls", "on"), ("called", "on"), ("call", "for"), ("calls", "for"),
                  ("called", "for"), ("we", "demand"), ("we", "ask"), ("asking", "for"), ("urge",), ("urges",),
                  ("urged",), ("urging",),
                  ("recommend",), ("recommends",), ("recommendation",), ("recommendations",), ("propose",),
                  ("proposes",), ("proposal",), ("goal",), ("aim",), ("our", "ask"), ("petition", "for"),
                  ("campaign", "for"), ("campaigns", "for"), ("demanding", "that"), ("demanded", "that"),
                  ("demand", "that"), ("demands", "that")),
    demand_nouns=("recommendation", "recommendations", "proposal", "proposals", "goal", "aim"),
    evidence_nouns=("figures", "numbers", "facts", "statistics", "data"),
    evidence_links=("behind", "supporting", "underpinning", "underlying"),  # not "for": "Figures for our proposal:"
    demand_noun_links=("of", "for", "to", "at", "that", "is", "are", "was", "were", "would", "will", "remains", "being"),
    sentence_adverbs=("meanwhile", "yesterday", "today", "tomorrow", "however", "still", "now", "then", "instead",
                      "moreover", "besides", "overall", "also", "again", "elsewhere", "later", "earlier", "first",
                      "second", "finally", "indeed", "nevertheless", "nonetheless", "likewise", "similarly",
                      "tonight", "recently", "previously", "currently", "globally"),
    adverb_phrases=(("in", "fact"), ("in", "reality"), ("in", "practice"), ("in", "truth"), ("of", "course"),
                    ("for", "comparison"), ("by", "comparison"), ("by", "contrast")),
    loose_origin_words=("report", "source", "data"),
    adverb_endings=("ly",),
    free_relatives=("what", "whatever"),
    world_nouns=("world", "globe"),
    world_adjectives=("global", "worldwide"),
    in_words=("in",),
    object_pronouns=("him", "her", "them"),
    group_pronouns=("them", "us"),
    group_quantifiers=("some", "many", "most", "few", "several", "half", "each", "all", "none", "lot", "lots", "majority",
                       "minority", "handful", "number"),
    person_pronouns=("he", "she"),
    person_intensifiers=("himself", "herself"),
    revealing_words=("revealed", "reveals", "disclosed", "uncovered"),
    third_person_possessives=("his", "her", "its", "their"),
    person_possessives=("his", "her"),
    other_words=("another", "separate", "different", "rival"),
    first_person_possessives=("our", "my"),
    own_words=("own",),
    method_nouns=("method", "methods", "methodology", "calculation", "calculations", "count", "tally"),
    clause_relatives=("who", "whom", "which", "whose", "where"),
    aside_leads=("as",),
    speaker_nouns=("speaker", "speakers", "witness", "witnesses", "panellist", "panelist"),
    mark_words=("mark", "marks"),
    asking_words=("asked", "asks", "wondered", "wonders", "queried", "queries"),
    noun_relatives=("that", "which", "who"),
    first_person_pronouns=("we", "i"),
    first_person_objects=("us", "me"),
    renaming_as=("as",),
    purpose_words=("to",),
    name_type_nouns=("university", "ministry", "department", "institute", "council", "office", "commission",
                     "foundation", "bank", "union", "federation", "association", "centre", "center", "bureau"),
    body_nouns=("forum", "network", "alliance", "coalition", "observatory", "trust", "collective", "movement",
                "initiative", "society", "league", "guild", "board", "authority"),
    public_body_nouns=("ministry", "department", "municipality"),
    # (not "met": Dutch "met" is "with", and the languages' words are read together)
    fieldwork_verbs=("spoke", "talked", "interviewed", "surveyed", "polled", "asked", "visited", "counted", "followed",
                     "questioned"),
    language_adjective_endings=("-speaking", "-language"),  # "Dutch-speaking readers", "French-language press"
    figure_nouns=("figure", "figures"),  # not "estimate(s)": "the government estimates that …" is a verb
    bulletin_words=(),  # "the 7 o'clock news": the clock word says it
    telling_words=("told", "tells", "tell", "telling", "assured", "assures", "informed", "informs", "reminded",
                   "reminds", "warned", "warns"),
    repeating_words=("repeated", "repeats", "echoed", "circulated", "copied", "shared"),
    renaming_nouns=("figure", "figures", "range", "number", "numbers", "sum", "amount", "estimate", "estimates", "statistic", "tally",
                    "claim"),
    interview_words=(("interview", "with"), ("interviews", "with"), ("conversation", "with"), ("podcast", "with")),
    agent_words=("by",),
    place_pronouns=("there", "here"),
    only_words_after_figure=("itself",),
    holding_phrases=(("home", "to"), ("host", "to")),
    wire_labels=("update", "corrected", "correction", "refile", "exclusive", "analysis", "factbox", "explainer",
                 "breaking", "insight", "wrapup", "rpt", "urgent"),
    within_words=("within",),
    measuring_words=("puts", "put", "estimates", "estimated", "found", "finds", "counts", "counted", "calculates",
                     "calculated", "measures", "measured", "reckons", "reckoned", "tallied"),
    giving_words=("gives", "gave"),
    group_nouns=("group", "team", "lab", "campaign"),
    measure_prepositions=("at",),
    span_leads=("since",),  # not "from": "data from 2015" dates its figure
    measure_nouns=("estimate", "estimates", "count", "counts", "tally", "calculation", "calculations",
                   "survey", "census"),
    evidence_words=("shows", "showed", "shown", "according"),
    citing_words=("quoted", "cited", "quotes", "cites"),
    citing_participles=("citing", "quoting"),
    abstract_noun_endings=("isation", "ization", "isations", "izations", "ment", "ments", "ness", "ism", "isms"),
    sample_prepositions=("among", "amongst", "of"),
    hedge_words=("think", "guess", "believe", "reckon", "suppose", "remember"),
    city_adjectives=(("ian", ""),),  # "Parisian", "Bostonian"
    equal_openers=(("as", "much", "as"), ("as", "many", "as"), ("the", "same", "as"), ("just", "like")),
    likeness_openers=(("close", "to"), ("in", "line", "with"), ("similar", "to"), ("consistent", "with"), ("echoing",),
                      ("mirroring",), ("matching",), ("the", "same", "as"), ("the", "same", "figure", "as"),
                      ("the", "same", "number", "as"), ("identical", "to"), ("so", "exactly"), ("exactly", "as")),
    negations=("not",),
    clause_negations=("not", "never", "cannot"),
    # Deny their clause as its subject only, opening it ("No company has ever bought …", "None of the moderators …"):
    # elsewhere "no" is an object's determiner ("offered no explanation"), and in idioms no denial ("No wonder …").
    subject_negations=("no", "nobody", "none", "nowhere"),
    absence_words=("no", "without"),
    news_agencies=("ap", "afp", "reuters", "bloomberg", "dpa", "efe", "ansa", "pa", "upi", "xinhua", "shutterstock",
                   # platforms a quotation was posted on, no source of it
                   "linkedin", "twitter", "instagram", "facebook", "tiktok", "youtube", "substack", "medium", "reddit"),
    credit_words=("photo", "photos", "images", "pictures"),
    body_name_ends=("international",),
    normative_modals=("should", "ought", "shall", "must"),  # not "need(s)": "Nobody needs to read 150 …" denies
    # After a figure, a comparison that says someone did what the clause names: "Nobody should have to …, as the Kenyan
    # moderators did" (no denial of the figure).
    affirming_comparisons=("as", "just as", "like"),
    question_words=("why", "how", "whether", "what"),
    negation_idioms=("wonder", "doubt", "matter", "longer", "less", "more", "fewer", "surprise", "secret"),
    contracted_negation="n't",
    negated_affirmatives=("dispute", "disputes", "disputed", "deny", "denies", "denied", "dismiss", "dismisses",
                          "dismissed", "forget", "forgets", "ignore", "ignores", "doubt", "doubts", "overlook"),
    clause_breaks=("when", "because", "although", "since", "if", "unless"),
    time_conjunctions=("before", "after", "until", "till", "since", "once"),
    locative_relatives=("where", "wherein", "in which"),
    relative_head_prepositions=("in", "into", "within", "to"),
    result_verbs=("came", "comes", "come", "arrived", "arrives", "landed", "lands"),
    result_prepositions=("to", "at", "on"),
    arrival_verbs=("launched", "was launched", "was released", "debuted", "went live", "came out", "appeared",
                   "existed", "was founded", "was born"),
    supposition_words=("suppose", "supposing"),
    future_auxiliaries=("will", "shall", "won't"),
    forecast_verbs=("forecast", "forecasts", "predict", "predicts", "anticipate", "anticipates"),
    # After an auxiliary of the future, what makes it habitual or a telling, not a forecast: "they will tell you they
    # were paid …", "will typically be paid …".
    unforecasting_words=("tell", "say", "know", "find", "see", "remember", "recall", "typically", "usually", "often",
                         "generally", "normally"),
    publishing_verbs=("published", "publishes", "publish", "released", "releases", "release"),
    below_qualifiers=(("nearly",), ("almost",)),
    belonging_words=("at", "for", "with", "employed", "working", "hired"),
    possessing_words=("has", "have", "had", "employs", "employ", "employed", "employing", "hires", "hire", "counts",
                      "own"),
    strict_qualifiers=(("more", "than"), ("over",), ("above",), ("greater", "than"), ("larger", "than"), ("bigger", "than"),
                       ("higher", "than"), ("less", "than"), ("fewer", "than"), ("under",), ("below",),
                       ("smaller", "than"), ("lower", "than")),
    forecast_nouns=("forecast", "forecasts", "projection", "projections", "prediction", "predictions", "scenario",
                    "scenarios", "target", "targets", "outlook"),
    forecast_links=("for", "to", "by", "until"),
    period_adjectives={"annual": "year"},
    # After a noun of pay, a noun it qualifies: "an annual pay rise" is no pay said per year.
    pay_compound_heads=("rise", "rises", "raise", "increase", "increases", "round", "review", "bonus", "cut", "cuts",
                        "freeze", "gap", "talks", "deal", "survey"),
    denied_phrase_openers=("to", "about", "for", "in", "on", "at", "from", "with", "by", "as"),
    negated_qualifier_words=("even", "quite", "nearly", "much", "just", "merely", "simply"),
    # (and the verbs whose negation denies what they govern: "I don't think that …")
    statement_words=("true", "case", "correct", "right", "think", "thinks", "believe", "believes", "expect", "expects"),
    negative_words=("doubt", "doubts", "doubted", "unacceptable", "impossible", "unlikely", "insufficient",
                    "inadequate", "unrealistic", "unattainable", "never"),
    population_nouns=("population", "populations", "inhabitants", "residents", "workforce", "force"),  # "labour force"
    audience_nouns=("reader", "readers", "viewer", "viewers", "listener", "listeners", "audience", "audiences"),
    source_nouns=("source", "sources"),
    only_words=("alone",),
    only_words_before=("only",),
    possessives=("its", "their", "his", "her", "our"),
    complementisers=("that",),
    assertion_words=("say", "claim", "claims", "claimed", "insist", "insists", "insisted", "believe", "believes",
                     "believed", "think", "thinks", "thought", "argue", "argues", "argued", "contend", "contends",
                     "contended", "allege", "alleges", "alleged"),
    neighbour_words=("next", "nearby", "neighbouring", "neighboring", "adjacent", "bordering"),
    employer_prepositions=("at",),
    # (not "north of": "in the north of Kenya" is in it)
    bearing_words=("border", "borders", "drive", "flight", "ride", "walk", "away", "miles", "mile", "kilometres",
                   "kilometers", "km", "hours", "minutes"),
    bearing_prepositions=("from",),  # (not "of": "the border of Kenya and Uganda", "within 50 km of Nairobi")
    bearing_phrases=("next door to",),
    bearing_aside_prepositions=("to",),
    change_leads=("by",),
    comparative_words=("cheaper", "dearer", "costlier", "pricier", "higher", "lower", "larger", "smaller", "bigger",
                       "more", "less", "faster", "slower"),
    change_words=("rose", "rise", "risen", "rises", "rising", "increased", "increase", "increases", "grew", "grow",
                  "grown", "grows", "fell", "fall", "fallen", "falls", "dropped", "drop", "drops", "declined",
                  "decline", "declines", "lifted", "lift", "lifts", "boosted", "boost", "boosts", "cut", "cuts",
                  "jumped", "jump", "jumps", "climbed", "climb", "climbs", "raised", "raise", "raises", "reduced",
                  "reduce", "reduces", "improved", "improve", "improves", "slashed", "shrank", "shrunk", "soared",
                  "surged", "plunged", "growth", "gains", "gained", "change", "changes", "changed", "down"),
    media_nouns=("newspaper", "newspapers", "magazine", "outlet", "outlets", "broadcaster", "interview", "interviews",
                 "podcast", "website", "journalist", "journalists", "reporter", "reporters", "television",
                 "documentary", "blog", "newsletter", "tabloid", "publication", "article", "articles", "column",
                 "columnist", "post", "posts", "paper", "papers", "media"),
    media_nouns_near=("paper", "weekly", "daily", "site", "press", "media", "channel", "station", "tv", "radio",
                      "edition", "news"),
    # "3-fold", "20-somethings", "a two-way street", "a two-tier system": no count of anything
    hyphen_multipliers=("fold", "something", "somethings", "way", "tier", "tiered", "sided", "dimensional"),
    hyphen_counts=("person", "people", "member", "strong", "country", "nation", "city", "seat", "worker", "employee",
                   "image", "picture", "photo", "page", "bed", "storey", "story", "floor", "hour", "day", "week",
                   "month", "year", "minute"),
    hyphen_sizes=("person", "people", "member", "strong"),
    duration_units=("minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs"),
    lettered_words=("group", "class", "question", "exercise", "table", "figure", "lesson", "part", "room", "appendix",
                    "item", "section", "chapter", "step", "task", "unit", "module", "slide", "box"),
    person_nouns=("daughter", "son", "child", "girl", "boy", "mother", "father", "wife", "husband", "sister", "brother",
                  "grandmother", "grandfather", "widow", "woman", "man", "niece", "nephew", "cousin"),
    part_ordinals=("first", "second", "latter", "last", "this", "next", "previous"),  # "in the first half", "this half"
    position_words=("first", "last", "next", "previous", "following", "preceding", "above", "remaining"),
    text_parts=("rows", "columns", "paragraphs", "sections", "slides", "tables", "chapters", "lines", "bullets",
                "footnotes"),
    n_figure_digit_nouns=("code", "codes", "pin", "lead", "score", "password", "passcode"),
    n_figure_leads=("pay", "pays", "paid", "paying", "earn", "earns", "earned", "earning"),
    referring_phrases=(("the", "same"), ("an", "earlier"), ("a", "previous"), ("an", "older"), ("call", "it"),
                       ("other", "words"),  # "In a hospital, in other words, a model right 99 per cent …"
                       # "One witness put it at as little as $1.64 an hour": the quantity of the sentence before
                       ("put", "it"), ("puts", "it"), ("placed", "it"), ("places", "it"), ("estimated", "it"),
                       ("estimates", "it"), ("pegged", "it"), ("pegs", "it"),
                       ("for", "others"), ("to", "others")),  # "For others, 99 percent is unacceptable": other apps
    referring_nouns=("figure", "figures", "share", "number", "bound", "limit", "country", "estimate", "pay", "sum",
                     "total", "range", "band", "amount", "wage", "wages", "count"),
    referring_determiners=("this", "that", "these", "those", "its", "their"),
    national_adjectives=("national", "nationwide", "countrywide"),
    definite_articles=("the",),
    identifier_words=("no", "ref", "reference", "id"),  # not "number": "The number: 184."
    identifier_copulas=("is", "was"),
    numbered_words=("press", "dial", "hall", "draft", "extension", "paper", "action", "point",
                    # a script's, a game's or a quiz's parts ("reel 4", "card 2 needs its own source", "in round 3 we")
                    "reel", "scene", "card", "clue", "round", "phase", "wave", "heat", "lap",
                    "batch", "release", "studio"),  # a delivery's or a dataset's by its number ("batch 3", "data release 7")
    demonstratives=("these", "those"),
    reported_clause_leads=("found", "finds", "that", "said", "says", "reported", "reports", "told", "estimated",
                           "estimates"),
    plural_endings=("s",),
    irregular_plurals=("people", "men", "women", "children", "youth"),
    noun_plural_endings=("s",),
    count_leads=("number", "numbers", "count", "counts", "counted", "total", "tally", "estimate", "estimates",
                 "estimated", "reckons", "reckoned", "puts", "put", "putting", "people", "workers"),
    dimension_words=("tall", "high", "deep", "wide", "long", "thick", "away", "apart", "depth", "height", "length",
                     "width", "metres", "meters"),
    speaker_titles=("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "dr", "dr.", "sir", "dame", "lord", "lady", "baroness",
                    "minister", "the minister", "secretary", "the secretary", "senator", "representative", "rep.",
                    "the speaker", "madam speaker", "mr speaker", "the chair", "chair", "judge", "the judge",
                    "justice", "director", "treasurer", "chairman", "chairwoman", "chairperson", "trustee", "councillor",
                    "mayor", "governor", "commissioner"),
    frequency_nouns=("time", "times", "case", "cases", "occasion", "occasions", "instance", "instances"),
    populations={
        "data-worker": ("data worker", "data labeller", "data labeler", "labeller", "labeler", "annotator",
                        "tagger", "clickworker", "click worker", "microworker", "crowdworker", "crowd worker",
                        "rater", "tasker", "cloudworker", "labelling", "labeling"),
        "moderator": ("moderator", "content moderator"),
        "researcher": ("researcher", "scientist", "academic", "ethicist"),
        "engineer": ("engineer", "developer", "programmer"),
        "rider": ("rider", "courier", "driver"),
        "agent": ("agent", "call centre agent", "call center agent", "operator", "telemarketer"),
        "consumer": ("consumer", "customer", "shopper", "buyer"),
        "user": ("user", "subscriber", "viewer", "reader", "listener"),
        "child": ("child", "children", "kid", "minor"),
        "young": ("young", "youngster", "youth", "teenager", "adolescent"),
        "woman": ("woman", "women"),
        "miner": ("miner", "digger", "mining"),  # a trade names its workers: "people work in mining"
        "farmer": ("farmer", "grower", "tea picker", "harvester", "farming", "agriculture"),
        "student": ("student", "pupil"),
        "teacher": ("teacher", "lecturer"),
        "nurse": ("nurse", "carer", "caregiver"),
        "doctor": ("doctor", "physician"),
        "journalist": ("journalist", "reporter"),
        "executive": ("executive", "ceo", "manager", "director"),
        "supervisor": ("supervisor", "team lead", "team leader", "foreman", "forewoman", "overseer", "shift lead"),
        "tradesperson": ("plumber", "electrician", "carpenter", "mechanic", "welder", "technician"),
        "lawyer": ("lawyer", "attorney", "solicitor", "barrister"),
        "police-officer": ("police officer", "policeman", "policewoman", "constable"),
        "official": ("official", "civil servant", "regulator"),
        "investor": ("investor", "shareholder"),
        "warehouse-worker": ("warehouse worker", "picker", "packer", "order picker"),
        "garment-worker": ("garment worker", "textile worker", "seamstress", "tailor"),
        "factory-worker": ("factory worker", "assembly worker"),
        "construction-worker": ("construction worker", "builder", "bricklayer"),
        "cleaner": ("cleaner", "janitor", "housekeeper"),
        "domestic-worker": ("domestic worker", "maid", "nanny"),
        "retail-worker": ("cashier", "shop assistant", "sales assistant"),
        "hospitality-worker": ("waiter", "waitress", "cook", "bartender"),  # no "chef": a Dutch boss
        "guard": ("security guard", "guard"),
        "fisher": ("fisherman", "fisher", "fishing", "fisheries"),
    },
    # Who works full time or part time: two figures of pay, whatever the work (scope.BASES). A hyphen may be a space or
    # left out, and a word may go on ("full-timers"); "part of their time" is none.
    work_bases={"full-timer": ("full-time",), "part-timer": ("part-time", "half-time")},
    range_ends={("upper", "bound"): "max", ("upper", "end"): "max", ("upper", "limit"): "max", ("top", "end"): "max",
                ("high", "end"): "max", ("upper", "estimate"): "max", ("highest", "estimate"): "max",
                ("lower", "bound"): "min", ("lower", "end"): "min", ("lower", "limit"): "min", ("bottom", "end"): "min",
                ("low", "end"): "min", ("lower", "estimate"): "min", ("lowest", "estimate"): "min"},
    low_words=("low", "lower", "min", "minimum", "from", "lowest"),
    high_words=("high", "higher", "max", "maximum", "to", "highest", "up to"),
    auxiliary_verbs=("am", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "could", "may",
                     "might", "must", "shall", "should", "will", "would", "got", "get", "gets"),
    portion_nouns=("piece", "pieces", "bit", "bits"),
    count_adjectives=("other", "more", "further", "additional", "extra"),
    figure_pronouns=("it",),
    figure_demonstratives=("this",),  # ("that" after "was" opens a clause: "the bigger scandal was that OpenAI …")
    cleft_copulas=("is", "was"),
    rendering_nouns=("alternative", "version", "variant", "wording"),
    consequence_words=("so",),
    people_nouns=("contractors", "freelancers", "adults", "residents", "inhabitants", "citizens", "respondents",
                  "participants", "voters"),
    clock_suffixes=("am", "pm", "a.m.", "p.m."),
    legend_words=("legend",),
    stamp_words=("now", "ago", "yesterday", "today"),
    price_prepositions=("for", "at"),
    likening_words=("close", "similar", "like", "echoing", "matching", "mirroring", "resembling", "beside"),
    example_words=("such as", "like", "including"),
    turning_words=("become", "became", "becomes", "turned", "turns", "rounded", "inflated", "garbled", "morphed",
                   "mutated", "changed", "ballooned", "shrank", "shrunk", "shorten", "shortens", "shortened",
                   "exaggerated", "simplified"),
    turned_objects=("it", "that", "this"),
    conversion_words=("converted", "exchange rate", "exchange rates"),
    spreading_words=("reached", "spread", "circulated", "circulating", "shared", "travelled", "traveled", "copied",
                     "retold", "quoted", "repeated", "timeline", "feed", "thread", "group", "groups",
                     "summary", "summaries", "online"),
    count_questions=(("how", "many"),),
    additive_words=(("too",), ("also",), ("as", "well"), ("likewise",)),
    decimal_words=("point",),
    decimal_idiom_leads=("at",),
    verb_leads=("to", "not", "never", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must",
                "should", "shall", "i", "you", "we", "they", "he", "she"),
    modal_verbs=("could", "would", "will", "may", "might", "should", "can", "must"),
    stock_owner_nouns=("group", "group's", "company", "company's", "firm", "firm's", "maker", "manufacturer", "buyer",
                       "carmaker", "automaker", "recycler", "refiner"),
    stock_back_words=("therein", "therefrom", "them"),
    part_relatives=("of which",),
    event_nouns=("debate", "conference", "hearing", "summit", "lecture", "panel", "meeting", "forum", "festival",
                 "workshop", "seminar", "symposium", "rally", "webinar", "briefing", "press conference", "event",
                 "interview"),
    event_prepositions=("at", "during", "in"),  # "In an interview in Groningen, …"
    year_thing_leads=("from", "of", "unlike", "than"),
    universal_words=("every", "all"),  # not "any": "Unlike any survey before it, the OECD found 40%"
    reporter_titles=("reporter", "journalist", "correspondent", "columnist"),
    researcher_titles=("researcher", "researchers", "pollster", "analyst", "analysts", "statistician"),
    audience_titles=("reader", "viewer", "listener", "caller"),
    study_agents=("by", "from"),
    containing_words=("contain", "contains", "contained", "containing", "consist", "consists", "consisted"),
    study_words=("study", "studies", "survey", "surveys", "research", "analysis", "poll", "census", "fieldwork",
                 "estimate", "estimates", "statistics"),
)
