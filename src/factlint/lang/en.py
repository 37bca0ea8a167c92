"""English word tables for figure extraction and matching. Data only."""

from __future__ import annotations

CODE = "en"
DECIMAL_MARK = "."  # "1,500" is fifteen hundred; "1.500" is one and a half

# Written numbers below one hundred; "hundred" multiplies, SCALES multiply a whole group.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Words that read as 1 only in front of a scale word ("a million", "one billion").
ONE_WORDS = ("a", "an", "one")
HUNDRED_WORDS = ("hundred",)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Glued or abbreviated scales: "150m", "$2bn", "3.5 mln". Single capital letters (4K, 70B) only with money.
SCALE_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
# Vague plurals: "hundreds" of something is 200-999 of it (see figures.py).
PLURAL_SCALES = {"tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
HALF_WORDS = ("half",)
N_FIGURE = "figure"  # "six-figure salaries"

CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "yen": "JPY",
}
# Words in front of "dollars" that name whose dollar it is.
DOLLAR_ADJECTIVES = {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD"}
PERCENT_PHRASES = (("percent",), ("per", "cent"), ("pct",))

PERIOD_UNITS = {
    "hour": "hour", "hr": "hour", "hrs": "hour", "h": "hour", "day": "day", "week": "week", "wk": "week",
    "month": "month", "mo": "month", "mth": "month", "year": "year", "yr": "year", "annum": "year",
}
PERIOD_LEADS = ("a", "an", "per", "each", "every")
PERIOD_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                  "yearly": "year", "annually": "year"}

QUALIFIERS = {
    ("about",): "approx", ("around",): "approx", ("roughly",): "approx", ("approximately",): "approx",
    ("approx",): "approx", ("approx", "."): "approx", ("nearly",): "approx", ("almost",): "approx",
    ("some",): "approx", ("circa",): "approx", ("ca", "."): "approx", ("an", "estimated"): "approx",
    ("close", "to"): "approx", ("~",): "approx", ("≈",): "approx",
    ("more", "than"): "min", ("over",): "min", ("at", "least"): "min", ("as", "little", "as"): "min",
    ("as", "few", "as"): "min", ("as", "low", "as"): "min", ("upwards", "of"): "min", ("above",): "min",
    ("in", "excess", "of"): "min", ("no", "less", "than"): "min", ("no", "fewer", "than"): "min",
    ("greater", "than"): "min", (">",): "min", ("≥",): "min",
    ("less", "than"): "max", ("under",): "max", ("below",): "max", ("up", "to"): "max",
    ("as", "many", "as"): "max", ("as", "much", "as"): "max", ("as", "high", "as"): "max",
    ("fewer", "than"): "max", ("no", "more", "than"): "max", ("at", "most"): "max",
    ("not", "more", "than"): "max", ("<",): "max", ("≤",): "max",
}
# After the figure: "10,000 or more".
TRAILING_QUALIFIERS = {("or", "more"): "min", ("or", "less"): "max", ("or", "fewer"): "max"}

# "between X and Y", "from X to Y"; RANGE_WORDS join two values anywhere.
RANGE_OPENERS = {"between": ("and",), "from": ("to",)}
RANGE_OPENER_FILLERS = ()
RANGE_WORDS = (("to",), ("à",))

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec",
)
# Month names that are also common words count only when capitalised.
CAPITALISED_MONTHS = ("march", "may", "mar", "jan", "dec")
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
DECADE_SUFFIXES = ("s",)
# A number right after these words names a place in a document, not a quantity.
SECTION_WORDS = (
    "section", "chapter", "page", "pages", "p", "pp", "figure", "fig", "table", "article", "art", "item",
    "no", "number", "step", "version", "v", "level", "part", "paragraph", "appendix", "line", "episode",
    "season", "volume", "vol", "issue", "room", "route", "grade", "rule", "question", "exhibit",
)
TIME_BEFORE = ("at", "from", "until", "till", "by", "before", "after", "since")
TIME_AFTER = ("am", "pm", "o'clock", "h")

STOPWORDS = frozenset("""
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
""".split())
