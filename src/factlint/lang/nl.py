"""Dutch word tables for figure extraction and matching. Data only."""

from __future__ import annotations

CODE = "nl"
DECIMAL_MARK = ","  # "1,500" is anderhalf; "12.000" is twaalfduizend

# Written numbers below one hundred. Compounds ("vijfentwintig", "tweehonderd", "tweeëntwintig")
# are split by the parser in figures.py using these same tables.
NUMBER_WORDS = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
    "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    "negentig": 90, "anderhalf": 1.5, "anderhalve": 1.5,
}
ONE_WORDS = ("een", "één")
HUNDRED_WORDS = ("honderd",)
SCALES = {"duizend": 1e3, "miljoen": 1e6, "miljard": 1e9, "biljoen": 1e12}
SCALE_SUFFIXES = {"mln": 1e6, "mld": 1e9, "mrd": 1e9, "dzd": 1e3}
PLURAL_SCALES = {"tientallen": 10, "honderden": 100, "duizenden": 1e3, "miljoenen": 1e6,
                 "miljarden": 1e9}
HALF_WORDS = ("half",)
N_FIGURE = ""  # Dutch writes "een salaris van zes cijfers"; not read

CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pond": "GBP"}
DOLLAR_ADJECTIVES = {"amerikaanse": "USD", "canadese": "CAD", "australische": "AUD"}
PERCENT_PHRASES = (("procent",), ("pct",))

PERIOD_UNITS = {"uur": "hour", "dag": "day", "week": "week", "maand": "month", "mnd": "month",
                "jaar": "year", "jr": "year"}
PERIOD_LEADS = ("per", "elke", "iedere")
PERIOD_ADVERBS = {"dagelijks": "day", "wekelijks": "week", "maandelijks": "month", "jaarlijks": "year"}

QUALIFIERS = {
    ("ongeveer",): "approx", ("circa",): "approx", ("ca", "."): "approx", ("ca",): "approx",
    ("zo'n",): "approx", ("bijna",): "approx", ("rond", "de"): "approx", ("rond",): "approx",
    ("rondom",): "approx", ("omstreeks",): "approx", ("ruwweg",): "approx", ("pakweg",): "approx",
    ("zowat",): "approx", ("nagenoeg",): "approx", ("naar", "schatting"): "approx",
    ("meer", "dan"): "min", ("ruim",): "min", ("minstens",): "min", ("ten", "minste"): "min",
    ("tenminste",): "min", ("minimaal",): "min", ("boven", "de"): "min", ("zeker",): "min",
    ("minder", "dan"): "max", ("tot", "wel"): "max", ("tot",): "max", ("hooguit",): "max",
    ("maximaal",): "max", ("nog", "geen"): "max", ("hoogstens",): "max", ("ten", "hoogste"): "max",
    ("onder", "de"): "max", ("niet", "meer", "dan"): "max",
}
TRAILING_QUALIFIERS = {("of", "meer"): "min", ("of", "minder"): "max"}

RANGE_OPENERS = {"tussen": ("en",), "van": ("tot",)}
# "tussen de 90 en 100 euro"
RANGE_OPENER_FILLERS = ("de",)
RANGE_WORDS = (("tot", "wel"), ("tot",), ("à",))

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dec",
)
CAPITALISED_MONTHS = ()
ORDINAL_SUFFIXES = ("e", "ste", "de", "ste")
DECADE_SUFFIXES = ()
SECTION_WORDS = (
    "hoofdstuk", "paragraaf", "artikel", "art", "pagina", "blz", "bladzijde", "figuur", "fig", "tabel",
    "nr", "nummer", "versie", "stap", "bijlage", "onderdeel", "lid", "vraag", "aflevering", "seizoen",
    "deel", "regel", "niveau", "groep", "kamer", "lijn",
)
TIME_BEFORE = ("om", "vanaf", "tot", "na", "voor", "tussen")
TIME_AFTER = ("uur", "u")

STOPWORDS = frozenset("""
aan al alle alleen als altijd ander andere anders ben bij binnen daar daarna daarom dan dat de der
deze die dit doch doen door dus een eens en er ergens geen geweest haar had hadden heb hebben heeft
hem het hier hij hoe hun iemand iets ik in is ja je jij jou jouw juist kan kon kunnen maar me meer
men met mij mijn moet moeten na naar niet niets nog nu of om omdat ons onze ook op over reeds te
tegen toch toen tot u uit uw van veel voor waar wanneer want waren was wat we wel werd wezen wie wij
wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou zouden dus echter ongeveer bijna
volgens circa ruim minstens minder dan sinds tijdens tussen onder boven rond elk elke ieder iedere
welke welk wordt waarin waarbij waarop daarbij hierbij wie wiens zulke zodat terwijl indien mits
ten steeds vaak soms nooit nog even al dus wel niet geen beide enkele sommige veel weinig meeste
""".split())
