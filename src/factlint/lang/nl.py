"""Dutch: the words factlint reads figures, sentences and clauses by, and compounds ("vijfentwintig")."""

from __future__ import annotations

from factlint.lang.language import Language, Words

_TENS = (20, 30, 40, 50, 60, 70, 80, 90)
_MAX_DEPTH = 3  # compounds below a million nest two deep: "driehonderdvijfentwintig" + "duizend"


def compound(word: str, words: Words, depth: int = 0) -> float | None:
    """ "vijfentwintig", "tweeëntwintig", "driehonderd", "tweeduizend", "honderdenzes", "vijftienhonderd",
    "tweeënhalf", "twee-en-veertig": number words glued together."""
    if depth == 0 and "-" in word:
        word = word.replace("-", "")  # the older spelling: "twee-en-veertig"
    if depth > _MAX_DEPTH or len(word) > 60 or not word.isalpha():
        return None
    if depth and word in words.number_words:
        return words.number_words[word]
    for joint in ("enhalf", "ënhalf"):  # "tweeënhalf": a number and a half
        if word.endswith(joint) and len(word) > len(joint):
            whole = words.number_words.get(word[: -len(joint)])
            if whole is None:
                whole = compound(word[: -len(joint)], words, depth + 1)
            if whole is not None and whole >= 1 and whole == int(whole):
                return whole + 0.5
    head, sep, tail = word.partition("honderd")
    if sep:
        if tail.startswith("en") and len(tail) > 2:
            tail = tail[2:]  # "honderdenzes"
        left = compound(head, words, depth + 1) if head else 1
        right = compound(tail, words, depth + 1) if tail else 0
        # "vijftienhonderd", "tweeëntwintighonderd": hundreds counted past ten.
        if left is not None and right is not None and 1 <= left < 100 and right < 100:
            return left * 100 + right
    head, sep, tail = word.partition("duizend")
    # "duizenden" is a vague plural, not a thousand.
    if sep and word != "duizend" and not tail.endswith("en"):
        left = compound(head, words, depth + 1) if head else 1
        right = compound(tail, words, depth + 1) if tail else 0
        if left is not None and right is not None and 1 <= left < 1000 and right < 1000:
            return left * 1000 + right
    for tens_word, tens in words.number_words.items():
        if tens in _TENS and word.endswith(tens_word) and len(word) > len(tens_word):
            head = word[: -len(tens_word)]
            for joint in ("en", "ën"):
                if head.endswith(joint):
                    unit = words.number_words.get(head[: -len(joint)])
                    if unit is not None and 1 <= unit <= 9 and unit == int(unit):
                        return tens + unit
    return None


def vague_compound(word: str, words: Words) -> float | None:
    """ "tienduizenden", "honderdduizenden": ten or a hundred glued to a vague plural; its base."""
    for plural, base in words.plural_scales.items():
        if word.endswith(plural) and len(word) > len(plural):
            head = word[: -len(plural)]
            value = words.number_words.get(head) if head != "een" else None
            if value is None and head in words.hundred_words:
                value = 100
            if value in (10, 100):
                return value * base
    return None


# Denominators: an ordinal names one part of as many ("een vijfde", "drie achtsten"). "eerste" and "tweede" name none.
_ORDINALS = {
    "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8, "negende": 9, "tiende": 10,
    "elfde": 11, "twaalfde": 12, "dertiende": 13, "veertiende": 14, "vijftiende": 15, "zestiende": 16,
    "zeventiende": 17, "achttiende": 18, "negentiende": 19, "twintigste": 20, "dertigste": 30, "veertigste": 40,
    "vijftigste": 50, "zestigste": 60, "zeventigste": 70, "tachtigste": 80, "negentigste": 90, "honderdste": 100,
    "duizendste": 1e3, "miljoenste": 1e6, "miljardste": 1e9, "biljoenste": 1e12,
}


def modifies(word: str, following: str) -> bool:
    """An inflected adjective in front of a plural noun: "Keniaanse arbeiders"."""
    return word.endswith("e") and (following.endswith("en") or following.endswith("s"))


LANGUAGE = Language(
    code="nl",
    decimal_mark=",",  # "1,500" is anderhalf; "12.000" is twaalfduizend

    number_words={
        "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
        "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
        "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
        "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
        "negentig": 90, "anderhalf": 1.5, "anderhalve": 1.5,
    },
    one_words=("een", "één", "eén"),  # "Eén" is "één" with a capital
    hundred_words=("honderd",),
    scales={"dozijn": 12, "duizend": 1e3, "miljoen": 1e6, "miljard": 1e9, "biljoen": 1e12},
    scale_suffixes={"mln": 1e6, "mld": 1e9, "mrd": 1e9, "dzd": 1e3},
    plural_scales={"tientallen": 10, "dozijnen": 12, "honderden": 100, "duizenden": 1e3, "miljoenen": 1e6,
                   "miljarden": 1e9},
    half_words=("half",),
    lone_scales=("duizend",),
    # "zes-cijferige salarissen"; Dutch also writes the number apart: "een salaris van zes cijfers" (n_figure_nouns)
    n_figure_words=("cijferig", "cijferige"),
    n_figure_nouns=("cijfers",),
    articles=("een",),
    and_words=("en",),
    linking_words=("van",),
    not_anchors=("een",),  # the article: "een miljoen" is found through "miljoen"
    # What a glued number ends with: "honderdtien", "twaalfduizend", "tweeënhalf", "driekwart", "tienduizenden",
    # "eenentwintigste".
    compound_ending=r"\w{0,30}?(?:honderd|duizend|tig|tien|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|elf"
                    r"|twaalf|half|halve|kwart|derde)(?:en|sten?|den?)?",
    compound_value=compound,
    vague_compound=vague_compound,
    minus_words=("min", "minus", "negatief"),

    fraction_words={"half": 2, "halve": 2, "helft": 2, "kwart": 4, **_ORDINALS,
                    **{word + "n": value for word, value in _ORDINALS.items()}},
    ordinal_endings=("sten", "ste", "den", "de"),
    lone_fractions={("de", "helft"): 0.5, ("helft",): 0.5},  # "helft" bare in a headline: "Bijna helft Nederlanders …"
    proportion_words=(("op", "de"), ("op",), ("uit", "de"), ("uit",), ("van", "de"), ("in",)),
    few_words=(("een", "paar"), ("enkele",), ("verscheidene",)),

    currency_words={"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pond": "GBP",
                    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "roepie": "INR", "roepies": "INR"},
    dollar_adjectives={"amerikaanse": "USD", "canadese": "CAD", "australische": "AUD"},
    currency_phrases={
        ("keniaanse", "shilling"): "KES", ("keniaanse", "shillings"): "KES", ("zwitserse", "frank"): "CHF",
        ("zwitserse", "franken"): "CHF", ("zwitserse", "franc"): "CHF", ("chinese", "yuan"): "CNY",
        ("indiase", "roepie"): "INR", ("indiase", "roepies"): "INR", ("britse", "pond"): "GBP",
        ("japanse", "yen"): "JPY",
    },
    subunit_words={"cent": "EUR", "cents": "EUR", "eurocent": "EUR", "eurocenten": "EUR", "penny": "GBP",
                   "pence": "GBP"},
    subunit_suffixes={},  # Dutch writes "50 cent"
    percent_phrases=(("procent",), ("pct",)),
    percent_suffixes=(),  # Dutch writes "60 procent", "60 pct." or "60%": no abbreviation glued to the digits

    period_units={"uur": "hour", "dag": "day", "week": "week", "maand": "month", "mnd": "month",
                  "kwartaal": "quarter", "jaar": "year", "jr": "year"},
    period_leads=("per", "elke", "iedere"),
    period_compound_tails=("loon", "lonen", "salaris", "inkomen", "tarief"),
    period_adverbs={"dagelijks": "day", "wekelijks": "week", "maandelijks": "month", "driemaandelijks": "quarter",
                    "jaarlijks": "year"},
    period_abbreviations={("p", "/", "u"): "hour", ("p", "/", "w"): "week", ("p", "/", "m"): "month",
                          ("p", "/", "j"): "year", ("p.j",): "year"},

    qualifiers={
        ("ongeveer",): "approx", ("circa",): "approx", ("ca", "."): "approx", ("ca",): "approx",
        ("zo'n",): "approx", ("een", "stuk", "of"): "approx", ("bijna",): "approx", ("rond", "de"): "approx", ("rond",): "approx",
        ("rondom",): "approx", ("omstreeks",): "approx", ("ruwweg",): "approx", ("pakweg",): "approx",
        ("zowat",): "approx", ("nagenoeg",): "approx", ("amper",): "approx",
        ("nauwelijks",): "approx", ("naar", "schatting"): "approx",
        ("meer", "dan"): "min", ("ruim",): "min", ("minstens",): "min", ("ten", "minste"): "min",
        ("tenminste",): "min", ("minimaal",): "min", ("boven", "de"): "min", ("zeker",): "min",
        ("minder", "dan"): "max", ("tot", "wel"): "max", ("tot",): "max", ("hooguit",): "max",
        ("maximaal",): "max", ("nog", "geen"): "max", ("hoogstens",): "max", ("ten", "hoogste"): "max",
        ("onder", "de"): "max", ("niet", "meer", "dan"): "max",
        ("groter", "dan"): "min", ("hoger", "dan"): "min", ("meer", "als"): "min", ("minimum",): "min",
        ("op", "zijn", "minst"): "min", ("niet", "minder", "dan"): "min", ("niet", "minder", "als"): "min",
        ("niet", "kleiner", "als"): "min", ("niet", "kleiner", "dan"): "min", ("groter", "of", "gelijk", "aan"): "min",
        ("hoger", "of", "gelijk", "aan"): "min", ("kleiner", "dan"): "max", ("lager", "dan"): "max",
        ("minder", "als"): "max", ("maximum",): "max", ("niet", "meer", "als"): "max",
        ("kleiner", "of", "gelijk", "aan"): "max", ("lager", "of", "gelijk", "aan"): "max",
    },
    trailing_qualifiers={("of", "meer"): "min", ("of", "minder"): "max"},
    extreme_qualifiers=(("tot", "wel"), ("maar", "liefst"), ("slechts",)),
    range_openers={"tussen": ("en",), "van": ("tot",)},
    range_opener_fillers=("de",),  # "tussen de 90 en 100 euro"
    range_words=(("tot", "en", "met"), ("t", "/", "m"), ("tot", "wel"), ("tot",), ("à",)),

    months=(
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep",
        "sept", "okt", "nov", "dec",
    ),
    capitalised_months=(),
    decade_suffixes=(),
    decade_leads=("jaren",),
    # (no subject pronoun: Dutch puts the verb after the object, "als je hoofdstuk vier leest")
    verb_leads=("te", "niet", "nooit", "zal", "zou", "kan", "moet", "wil", "mag"),
    decimal_words=("komma",),
    section_words=(
        "hoofdstuk", "paragraaf", "artikel", "art", "pagina", "blz", "bladzijde", "figuur", "fig", "tabel",
        "nr", "nummer", "versie", "stap", "bijlage", "onderdeel", "lid", "vraag", "aflevering", "seizoen",
        "deel", "regel", "niveau", "groep", "kamer", "lijn", "petitie", "motie", "amendement", "antwoord",
        "tekst", "teksten", "kader", "dia", "aanbeveling", "opgave", "bron", "noot", "voetnoot", "vragen",
        "r", "rr", "recensent", "opmerking", "perceel", "eis", "clausule", "opdracht", "alinea", "grief",
        "rij", "overweging", "rechtsoverweging", "randnummer", "agendapunt", "editie", "uitgave", "jaargang", "afl",
        "voorbeeld", "schaal", "trede",  # a salary scale and its step
        "tst", "kamerstuk", "kamerstukken", "toelichting", "bevinding", "grafiek", "optie",  # a telephone's extension; a parliamentary paper
    ),
    week_words=("week", "wk"),
    lesson_words=("les", "lesuur", "klas", "module", "college", "hoorcollege", "werkcollege", "bijeenkomst", "blok",
                  "sessie", "seminar"),
    year_qualifiers=("rond", "omstreeks", "circa", "ca"),
    update_words=("update",),
    class_words=("havo", "vwo", "vmbo", "mavo", "atheneum", "gymnasium"),
    week_leads=("in", "vanaf", "sinds", "tot", "na", "voor", "tijdens", "van"),
    time_before=("om", "vanaf", "tot", "na", "voor", "tussen"),
    duration_leads=("voor",),
    time_after=("uur", "u"),
    ago_words=("geleden",),
    clock_words=(),
    version_words=("versie", "update", "upgrade", "geüpgraded", "geüpdatet", "bijgewerkt", "release"),

    modifies=modifies,

    stopwords=frozenset("""
aan al alle alleen als altijd ander andere anders ben bij binnen daar daarna daarom dan dat de der
deze die dit doch doen door dus een eens en er ergens geen geweest haar had hadden heb hebben heeft
hem het hier hij hoe hun iemand iets ik in is ja je jij jou jouw juist kan kon kunnen maar me meer
men met mij mijn moet moeten na naar niet niets nog nu of om omdat ons onze ook op over reeds te
tegen toch toen tot u uit uw van veel voor waar wanneer want waren was wat we wel werd wezen wie wij
wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou zouden dus echter ongeveer bijna per
volgens circa ruim minstens minder dan sinds tijdens tussen onder boven rond elk elke ieder iedere
welke welk wordt waarin waarbij waarop daarbij hierbij wie wiens zulke zodat terwijl indien mits
ten ter steeds vaak soms nooit nog even al dus wel niet geen beide enkele sommige veel weinig meeste zoals
namens wegens dankzij vanwege behalve ondanks vanaf gedurende krachtens middels omtrent jegens langs naast buiten
nabij aangaande betreffende blijkens
""".split()),
    abbreviations=frozenset({
        "bijv", "bv", "d.w.z", "o.a", "m.b.t", "enz", "dhr", "mevr", "mw", "nl", "red", "jl", "e.a",
        "i.p.v", "t.o.v", "m.a.w", "a.s", "z.g.a.n", "zgn", "ca", "resp", "nr", "blz", "vgl", "evt",
        "mld", "mln", "mrd", "drs", "ir", "ing", "mr", "dr", "prof", "st", "ong", "incl", "excl",
        "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "z.s.m", "n.a.v",
        "i.v.m", "m.i.v", "o.b.v", "p.p", "t.a.v", "a.u.b", "s.v.p",
    }),
    sentence_final=frozenset({"enz", "e.a", "jl", "incl", "excl"}),
    clause_conjunctions=("en", "maar", "terwijl", "hoewel", "of", "want"),
    clause_subordinators=("terwijl", "hoewel"),
    # Singular after an amount ("90 euro", "2 dollar") is Dutch; English writes "90 euros".
    figure_words=("duizend", "miljoen", "miljard", "biljoen", "uur", "dag", "maand", "mnd", "jaar", "jr",
                  "procent", "euro", "dollar"),

    stemmer="dutch",
    compounds=True,
    compound_modifiers={"world": ("wereld",)},
    paraphrases={
        "revenue": ("omzet", "omzetten"),
        "funding": ("financiering", "investering", "investeringen", "opgehaald", "geïnvesteerd"),
        "valuation": ("waardering", "gewaardeerd"),
        "profit": ("winst", "winsten"),
        "bonus": ("bonus", "bonussen"),
        "minimum-wage": ("minimumloon", "minimumlonen", "minimumuurloon", "minimummaandloon", "leefbaar loon",
                         "leefbare lonen", "leefloon"),
        "rent": ("huur", "huren", "huurprijs"),
        "price": ("prijs", "prijzen", "kost", "kosten", "kostte", "kostten"),
        "pay": ("loon", "lonen", "uurloon", "salaris", "verdienen", "verdient", "verdiende", "verdienden",
                "betaald", "betalen", "betaalt", "inkomen", "vergoeding", "kregen", "krijgen", "overhouden",
                "overhoudt", "overhield", "overhielden"),
        "worker": ("werknemer", "werknemers", "arbeider", "arbeiders", "werkers", "medewerkers", "personeel"),
        "data-worker": ("klikwerker", "klikwerkers", "klikwerk", "datawerker", "datawerkers", "annotator",
                        "annotatoren", "labelaar", "labelaars", "microwerkers"),
        "moderator": ("moderator", "moderatoren", "moderatie"),
        "government": ("overheid", "regering", "autoriteiten"),
        "people": ("mensen", "personen", "landgenoten", "landgenoot"),
        "estimate": ("schat", "schatten", "schatting", "schattingen", "geschat", "raming", "ramingen", "raamt", "raamde",
                     "geraamd"),
        "study": ("studie", "enquête", "peiling", "veldwerk", "bevinding", "bevindingen"),
        "consumer": ("consument", "consumenten", "klant", "klanten"),
        "hire": ("ingehuurd", "aangenomen", "gerekruteerd", "aangeworven", "geworven", "geronseld"),
        "harmful": ("schadelijk", "schadelijke", "giftig", "giftige"),
        "text": ("tekstfragment", "tekstfragmenten", "fragment", "fragmenten", "tekst", "teksten"),
        "image": ("foto", "foto's", "afbeelding", "afbeeldingen", "beeld", "beelden", "plaatje", "plaatjes"),
        "personal": ("gepersonaliseerd", "gepersonaliseerde", "persoonlijk", "persoonlijke"),
        "brand": ("merk", "merken"),
        "produce": ("produceert", "produceren", "productie", "gedolven", "delft", "delven"),
        # (not "vraag" alone: "vragen" is to ask, and its stem is "vraag")
        "demand": ("vraag naar", "verbruik", "consumptie", "verbruikt", "verbruiken"),
        "company": ("bedrijf", "bedrijven", "onderneming", "werkgever"),
        "child": ("kinderen", "minderjarigen"),
        "poor": ("arm", "arme", "armere", "armoede", "armste", "straatarm", "straatarme"),
        "tax": ("belasting", "belastingen", "belast"),
        "exploit": ("uitgebuit", "uitgebuite", "uitbuiting", "uitbuiten"),
        "train": ("trainen", "traint", "getraind", "training"),
        "work": ("werk", "werken", "werkt", "baan", "banen"),
        "world": ("wereld", "wereldwijd", "wereldwijde", "mondiaal", "mondiale"),
        "country": ("land", "landen", "natie", "naties"),
        "researcher": ("onderzoeker", "onderzoekers", "wetenschapper", "wetenschappers", "ethicus", "ethici"),
        "hour": ("uur", "uren"),
        "day": ("dag", "dagen", "dagelijks"),
        "month": ("maand", "maanden", "maandelijks"),
        "year": ("jaar", "jaren", "jaarlijks"),
        "unacceptable": ("onaanvaardbaar", "niet aanvaardbaar", "onacceptabel", "niet acceptabel"),
    },
    # (a quantifier standing for people as a noun does, "sommigen", "velen", leans as "allen" does)
    leaning_words=("ze", "zij", "hij", "dit", "deze", "die", "dat", "daar", "er", "hun", "haar",
                   "zijn", "beide", "allen", "sommigen", "velen", "meesten", "enkelen", "weinigen", "maar", "toch",
                   "echter",
                   # ("Daaruit blijkt dat …": what the sentence before named; not "Daarvan is meer dan 60 procent
                   # illegaal", a share of what it named, its words no words of the figure's)
                   "daaruit", "hieruit", "daarin", "hierin"),
    reporting_words=("meldde", "meldt", "schreef", "schrijft", "zei", "zegt", "vertelde", "vertelt", "citeerde", "citeert",
                     "berichtte", "bericht", "aldus", "publiceerde", "gepubliceerd", "geciteerd", "aangehaald"),
    attribution_openers=(("volgens",), ("aldus",), ("schrijft",), ("zegt",), ("meldt",), ("zo", "meldt")),
    origin_words=("onderzoek", "studie", "schatting", "schattingen", "enquête", "cijfers", "analyse",
                  "peiling", "panel", "rapport", "statistieken", "veldwerk", "bron", "bevraging"),
    generic_names=("ai", "ceo", "bbp", "it", "hr", "pr", "prof", "dr", "mr", "dhr", "mevr", "professor",
                   "minister", "president", "internet", "covid", "tv",
                   "ministerie", "departement", "commissie",  # an institution by its noun alone: whose, it does not say
                   # a party by its role, a code of law cited after an article ("artikel 7:610 BW"); not "Hof", which
                   # ends longer names ("het Europese Hof")
                   "eiser", "eiseres", "eisers", "gedaagde", "gedaagden", "verweerder", "verweerster", "verzoeker",
                   "verzoekster", "kantonrechter", "bw", "awb", "wvk",
                   # a note's label ("Rectificatie: in een eerdere versie …")
                   "rectificatie", "correctie", "erratum", "naschrift", "verbetering", "noot"),
    name_connectors=("van", "voor", "en", "de", "der", "den", "het", "&"),
    determiners=("de", "het", "een"),
    world_words=("wereldwijd", "mondiaal"),
    frequency_nouns=("tijd", "keer", "keren", "geval", "gevallen"),
    action_endings=("ing", "ingen", "heid", "tie", "ties"),
    present_participle_endings=("end", "ende"),
    prepositions=("aan", "als", "bij", "binnen", "buiten", "door", "in", "met", "na", "naar", "naast", "om", "onder",
                  "op", "over", "tegen", "tijdens", "tot", "tussen", "uit", "van", "volgens", "voor", "zonder", "zoals"),
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    partitive_words=("de", "het", "zijn", "haar", "hun", "onze", "jullie", "deze", "die"),
    partitive_pronouns=("hen", "ons", "hun"),
    partitive_relatives=("van wie", "waarvan", "van welke"),
    restricting_words=("slechts", "maar", "alle", "amper", "nauwelijks"),
    partitive_clitics=("er",),
    subject_pronouns=("ze", "zij", "hij", "we", "wij"),
    connectives=(("als", "voorbeeld"), ("bij", "voorbeeld")),
    third_person_subjects=("ze", "zij", "hij"),
    place_relatives=("waar",),
    place_prepositions=("in",),
    place_nouns=("eiland", "provincie", "regio", "stad", "dorp", "gemeente", "district"),
    city_nouns=("stad", "dorp", "gemeente"),
    holding_words=("met",),
    inflection_endings=("t",),
    attributive_endings=("e",),
    adjective_endings=("se", "sche", "talige", "talig"),  # "Leidse", "Franstalige jongeren"
    media_qualifiers=("landelijke", "regionale", "lokale", "financiële", "zakelijke", "online"),
    language_adjective_endings=("talig", "talige"),  # "Franstalig Afrika", "Engelstalige media"
    comparison_words=("dan", "als", "vergeleken", "overtreft", "overtreffen", "evenaart", "evenaren"),
    comparison_openers=(("als", "in"), ("zoals", "in"), ("anders", "dan", "in"), ("vergeleken", "met"), ("naast",),
                        ("evenaart",), ("net", "als"), ("in", "tegenstelling", "tot"), ("anders", "dan"),
                        ("in", "vergelijking", "met"), ("vergeleken", "bij")),
    than_words=("dan",),
    comparative_endings=("er",),
    addressee_words=("tegen", "aan"),
    speech_participles=("geïnterviewd", "sprekend", "geciteerd", "pratend", "gepubliceerd", "verschenen"),
    publication_words=("dagblad", "courant", "krant"),
    organisation_nouns=("bedrijf", "firma", "organisatie", "onderneming", "instelling", "startup", "start-up",
                        "adviesbureau", "peilingbureau", "onderzoeksbureau"),
    relative_pronouns=("wiens", "wier"),
    name_relatives=("dat", "welke"),
    subject_relatives=("die", "dat", "welke"),
    contrast_words=("maar",),
    earlier_leads=(("tegenover",), ("gestegen", "van"), ("gedaald", "van")),
    # Not "vragen" alone (questions: "Vragen van het lid …"), nor "zou moeten" ("cijfers die elke inkoper zou moeten
    # kennen: …").
    demand_words=(("eis",), ("eisen",), ("eist",), ("eiste",), ("eisten",), ("oproep",), ("roepen",), ("roept",),
                  ("pleit",), ("pleiten",), ("pleitte",), ("wij", "vragen"), ("we", "vragen"), ("vragen", "wij"),
                  ("vragen", "we"), ("doel",), ("streefdoel",), ("aanbeveling",), ("aanbevelingen",), ("voorstel",),
                  # a separable verb proposing to do something: "ik stel voor om …", "stel ik voor om …" (not "stel
                  # voor dat we de bron vermelden: volgens Time …", nor "stellen we voor:", introducing someone)
                  ("stel", "voor", "om"), ("stel", "ik", "voor", "om"), ("stellen", "voor", "om"),
                  ("stellen", "we", "voor", "om"), ("stellen", "wij", "voor", "om")),
    demand_nouns=("doel", "streefdoel", "aanbeveling", "aanbevelingen", "voorstel"),
    evidence_nouns=("cijfers", "getallen", "feiten", "gegevens", "statistieken"),
    evidence_links=("achter", "onder"),  # not "voor", "bij": "Cijfers voor ons voorstel:" asks
    demand_noun_links=("van", "voor", "om", "dat", "is", "was", "zijn", "waren", "luidt", "blijft", "wordt"),
    sentence_adverbs=("intussen", "ondertussen", "gisteren", "vandaag", "morgen", "echter", "toch", "nu", "dan",
                      "daarnaast", "bovendien", "ook", "verder", "elders", "later", "eerder", "eerst",
                      "inmiddels", "daarom", "evenzo", "wereldwijd", "vanavond", "onlangs", "eveneens"),
    adverb_phrases=(("in", "feite"), ("in", "werkelijkheid"), ("in", "de", "praktijk"), ("in", "de", "werkelijkheid"),
                    ("ter", "vergelijking")),
    loose_origin_words=("rapport", "bron", "data"),
    free_relatives=("wat",),
    world_nouns=("wereld",),
    world_adjectives=("wereldwijde", "mondiale", "wereldwijd"),
    in_words=("in",),
    object_pronouns=("hem", "haar", "hen"),  # "hun" is mostly a possessive: "volgens hun eigen vakbond"
    group_pronouns=("hen", "ons"),
    group_quantifiers=("sommigen", "velen", "veel", "meesten", "enkelen", "weinigen", "sommige", "helft", "deel",
                       "meerderheid", "minderheid", "handvol", "aantal",
                       "ieder", "elk", "elke", "iedere", "allen", "geen"),
    person_pronouns=("hij",),
    person_intensifiers=("zelf",),
    revealing_words=("onthulde", "onthult", "onthuld", "ontdekte"),
    third_person_possessives=("zijn", "haar", "hun"),
    person_possessives=("zijn", "haar"),
    singular_pronouns=("zij", "ze"),  # also "they": "Ze kregen 150 tekstfragmenten"; a person's in "Zij vindt"
    singular_endings=("t",),
    other_words=("ander", "andere", "aparte", "concurrerende"),
    first_person_possessives=("ons", "onze", "mijn"),
    own_words=("eigen",),
    method_nouns=("methode", "methodes", "methodologie", "berekening", "berekeningen", "telling"),
    clause_relatives=("die", "dat", "wie", "wiens", "wier", "waar", "welke", "wat"),
    aside_leads=("zoals",),
    speaker_nouns=("spreker", "sprekers", "getuige", "getuigen", "panellid"),
    mark_words=("p", "punt", "punten"),
    asking_words=("vroeg", "vraagt", "vroegen", "vragen", "afvroeg"),
    membership_words=(("van", "de"),),
    noun_relatives=("die", "dat", "welke"),
    first_person_pronouns=("we", "wij", "ik"),
    first_person_objects=("ons", "mij", "me"),
    renaming_as=("als",),
    purpose_words=("om",),
    name_type_nouns=("stichting", "vereniging", "universiteit", "hogeschool", "ministerie", "gemeente", "provincie",
                     "bond", "vakbond", "federatie", "fonds", "instituut", "centrum", "raad", "commissie", "dienst",
                     "bureau", "bank"),
    body_nouns=("forum", "netwerk", "alliantie", "coalitie", "observatorium", "collectief", "beweging", "initiatief",
                "genootschap", "gilde", "autoriteit"),
    public_body_nouns=("ministerie", "departement", "gemeente", "provincie"),
    legend_words=("legenda",),
    stamp_words=("nu", "geleden", "gisteren", "vandaag", "zojuist"),
    price_prepositions=("voor", "tegen"),
    likening_words=("lijken", "lijkt", "lijkend", "vergelijkbaar", "vergelijkbare", "zoals", "gelijk", "dicht", "naast"),
    example_words=("zoals", "waaronder"),
    turning_words=("werd", "werden", "wordt", "geworden", "maakte", "maakten", "gemaakt", "veranderde", "veranderd",
                   "afgerond", "opgeblazen", "verbasterd", "verbasterde", "ingekort", "overdreven", "vereenvoudigd"),
    turned_objects=("het", "dat", "dit", "daar"),  # not "er": "er werden 150 …" says there were
    split_turned_objects=(("er", "van"),),
    conversion_words=("omgerekend", "omgezet", "wisselkoers"),
    spreading_words=("bereikte", "bereikt", "verspreid", "verspreidde", "circuleerde", "circuleert", "gedeeld",
                     "overgenomen", "nagepraat", "herhaald", "geciteerd", "doorverteld", "tijdlijn", "draadje", "groepsapp",
                     "samenvatting", "online"),
    count_questions=(("hoeveel",),),  # "hoeveel van de werknemers …?"; a sum asked about is "hoeveel verdienden ze"
    additive_words=(("ook",), ("eveneens",), ("evenzo",), ("evenmin",)),
    modal_verbs=("kan", "kon", "zou", "zal", "zullen", "kunnen", "konden", "zouden", "moet", "moeten", "mag"),
    fieldwork_verbs=("sprak", "spraken", "interviewde", "interviewden", "ondervroeg", "ondervroegen", "vroeg",
                     "vroegen", "bezocht", "bezochten", "telde", "telden", "volgde", "volgden"),
    figure_nouns=("cijfer", "cijfers", "schatting", "schattingen", "getal"),
    bulletin_words=("journaal", "nieuws", "radionieuws", "nieuwsbulletin", "bulletin", "uitzending",
                    "nieuwsuitzending", "editie"),
    telling_words=("vertelde", "vertelt", "vertellen", "verzekerde", "verzekert", "informeerde", "herinnerde",
                   "waarschuwde", "waarschuwt"),
    repeating_words=("herhaald", "gedeeld", "overgenomen"),
    renaming_nouns=("cijfer", "cijfers", "getal", "getallen", "bedrag", "bedragen", "schatting", "schattingen", "bandbreedte", "marge",
                    "claim"),
    interview_words=(("interview", "met"), ("interviews", "met"), ("gesprek", "met"), ("vraaggesprek", "met"),
                     ("podcast", "met")),
    agent_words=("door",),
    place_pronouns=("daar", "hier"),
    place_pronouns_after=("er",),
    only_words_after_figure=("zelf",),
    holding_phrases=(("thuisbasis", "van"), ("thuishaven", "van")),
    wire_labels=("update", "gecorrigeerd", "correctie", "exclusief", "analyse", "achtergrond", "breaking"),
    within_words=("binnen",),
    measuring_words=("schat", "schatte", "schatten", "telt", "telde", "telden", "becijfert", "becijferde", "berekent",
                     "berekende", "vond", "vindt"),
    measuring_phrases=(("rekent", "met"), ("rekende", "met"), ("rekenen", "met"), ("rekenden", "met")),
    giving_words=(),  # not "geeft": mostly "geeft aan", says so
    group_nouns=("groep", "team", "lab", "bond", "campagne"),
    measure_prepositions=("op",),
    span_leads=("sinds", "sedert", "vanaf"),
    measure_nouns=("schatting", "schattingen", "telling", "tellingen", "berekening", "berekeningen",
                   "peiling", "enquête", "enquete", "bevraging"),
    evidence_words=("blijkt", "bleek", "gebleken", "volgens"),
    citing_words=("geciteerd", "aangehaald", "citeerde", "citeert"),
    citing_participles=("citerend",),
    abstract_noun_endings=("isering", "iseringen", "heid", "heden", "isme", "ismen"),
    sample_prepositions=("bij", "onder", "van"),
    hedge_words=("denk", "geloof", "gok", "meen", "herinner"),
    city_adjectives=(("se", ""), ("se", "en"), ("e", "")),  # "Amsterdamse", "Groningse", "Parijse"
    article_city_adjectives=(("s", ""), ("s", "en")),  # "een Delfts bedrijf", "een Mechels bedrijf"
    equal_openers=(("evenveel", "als"), ("net", "zoveel", "als"), ("hetzelfde", "als"), ("net", "als")),
    likeness_openers=(("dicht", "bij"), ("in", "lijn", "met"), ("vergelijkbaar", "met"), ("gelijk", "aan"),
                      ("overeenkomstig",), ("hetzelfde", "als"), ("identiek", "aan"), ("precies", "de"), ("precies", "het"),
                      ("precies", "wat"), ("net", "als")),
    negations=("niet",),
    clause_negations=("niet", "nooit"),
    absence_words=("geen", "zonder"),
    verb_particles=("van", "op", "uit", "aan", "mee", "af", "toe", "bij", "over", "door", "terug", "weg"),
    negated_affirmatives=("betwisten", "betwist", "betwistte", "ontkennen", "ontkent", "ontkende", "vergeten",
                          "vergeet", "negeren", "negeert", "twijfelen", "twijfelt"),
    clause_breaks=("wanneer", "omdat", "hoewel", "toen", "tenzij", "indien", "mocht"),
    time_conjunctions=("voordat", "nadat", "totdat", "sinds", "sedert", "zodra"),
    locative_relatives=("waarin", "waar"),
    relative_head_prepositions=("in", "naar", "binnen", "tot"),
    # (and "houden op": "houdt het Congolese aandeel op 74 procent", not "hield vol dat …", "houdt toezicht op de mijnen")
    result_verbs=("kwam", "komt", "kwamen", "komen", "uitkwam", "landde", "landt", "houdt", "hield", "hielden"),
    result_prepositions=("op",),
    arrival_verbs=("werd gelanceerd", "gelanceerd werd", "verscheen", "uitkwam", "bestond", "online ging",
                   "werd uitgebracht", "werd opgericht", "opgericht werd", "op de markt kwam"),
    supposition_words=("veronderstel",),
    future_auxiliaries=("zal", "zullen", "zult"),
    forecast_verbs=("voorspelt", "voorspellen", "voorspelde", "voorspelden", "prognosticeert"),
    # "zal dan wel", "zal wel": granted as a fact, no forecast; "zullen je vertellen dat …".
    unforecasting_words=("wel", "vertellen", "zeggen", "weten", "meestal", "doorgaans", "vaak"),
    publishing_verbs=("publiceerde", "publiceert", "publiceren", "publiceerden"),
    below_qualifiers=(("bijna",),),
    belonging_words=("bij", "voor", "van"),
    possessing_words=("heeft", "hebben", "had", "telt", "zelf", "eigen"),
    strict_qualifiers=(("meer", "dan"), ("meer", "als"), ("ruim",), ("boven", "de"), ("groter", "dan"), ("hoger", "dan"),
                       ("minder", "dan"), ("minder", "als"), ("nog", "geen"), ("onder", "de"), ("kleiner", "dan"),
                       ("lager", "dan")),
    forecast_nouns=("prognose", "prognoses", "voorspelling", "voorspellingen", "scenario", "scenario's", "streefcijfer",
                    "streefcijfers", "streefdoel", "streefdoelen"),  # not "doelstellingen": a study's objectives too
    forecast_links=("voor", "tot", "tegen", "in"),
    denied_phrase_openers=("te", "over", "voor", "in", "op", "aan", "uit", "met", "door", "bij", "als"),
    negated_qualifier_words=("eens", "helemaal", "zelfs", "bijna", "veel", "enkel", "slechts", "gewoon"),
    question_words=("waarom", "hoe", "wat"),
    statement_words=("waar", "zo", "juist", "correct", "klopt", "denk", "denkt", "denken", "geloof", "gelooft", "geloven",
                     "verwacht", "verwachten"),
    negative_words=("twijfel", "twijfelt", "betwijfel", "betwijfelt", "betwijfelde", "onaanvaardbaar", "onmogelijk",
                    "onwaarschijnlijk", "onvoldoende", "onrealistisch", "onhaalbaar"),
    population_nouns=("bevolking", "inwoners", "inwonertal", "bewoners", "beroepsbevolking"),
    audience_nouns=("lezer", "lezers", "kijker", "kijkers", "luisteraar", "luisteraars", "publiek"),
    source_nouns=("bron", "bronnen"),
    only_words=("alleen",),
    only_words_before=("alleen",),
    finding_words=("ontdekten", "ontdekte", "vonden", "vond", "concludeerden", "concludeerde", "schatten", "schatte",
                   "berekenden", "berekende", "telden"),
    speech_words=("zegt", "zei", "aldus", "stelt", "stelde", "schat", "schatte", "vertelde", "vertelt"),
    mention_words=("sprak", "spreekt", "noemde", "noemt", "noemden", "noemen"),
    possessives=("zijn", "haar", "hun", "ons", "onze"),
    complementisers=("dat",),
    assertion_words=("zeggen", "beweert", "beweerde", "beweren", "claimt", "claimde", "claimen", "stelt", "stelde", "stellen", "meent", "meende",
                     "menen", "denkt", "dacht", "denken", "vindt", "vond", "vinden"),
    neighbour_words=("ernaast", "hiernaast", "daarnaast", "naburige", "aangrenzende"),
    employer_prepositions=("bij",),
    bearing_words=("rijden", "vliegen", "reizen", "lopen", "kilometer", "km", "verwijderd"),  # (not "op de grens van")
    bearing_prepositions=("van",),
    verb_final_subordinates=True,
    verb_second=True,
    change_leads=("met",),
    comparative_words=("goedkoper", "duurder", "hoger", "lager", "groter", "kleiner", "sneller", "trager", "meer", "minder"),
    change_words=("stijgen", "steeg", "stegen", "gestegen", "stijgt", "dalen", "daalde", "daalden", "gedaald", "daalt",
                  "groeien", "groeide", "groeiden", "gegroeid", "groeit", "toenemen", "nam", "namen", "toegenomen",
                  "neemt", "afnemen", "afgenomen", "krimpen", "kromp", "gekrompen", "krimpt", "verhogen", "verhoogd",
                  "verhoogde", "verhoogt", "verlagen", "verlaagd", "verlaagde", "verlaagt", "stijging", "daling", "groei", "toename",
                  "afname", "omhoog", "omlaag", "opgelopen", "liep", "liepen", "teruggelopen", "verbeterd",
                  "verbeterde", "verbetert", "verslechterd", "verslechtert", "verandering", "veranderd", "verandert"),
    media_nouns=("krant", "kranten", "dagblad", "weekblad", "tijdschrift", "omroep", "interview", "interviews",
                 "podcast", "website", "journalist", "journalisten", "verslaggever", "verslaggevers", "documentaire",
                 "blog", "nieuwsbrief", "nieuwssite", "televisie", "uitzending", "blogpost", "blogposts", "artikel",
                 "artikelen", "artikels", "reportage", "column", "columnist", "opiniestuk", "opiniestukken", "medium",
                 "media"),
    media_nouns_near=("blad", "zender", "site", "pers", "media", "radio", "editie"),
    hyphen_multipliers=("voudig", "voudige", "voud"),  # "3-voudig": no count of anything
    approximate_endings=("tal",),  # "een twintigtal", "een honderdtal": about 20, about 100
    part_ordinals=("eerste", "tweede", "laatste"),
    duration_units=("minuut", "minuten", "min", "seconde", "seconden", "sec"),
    lettered_words=("groep", "klas", "vraag", "opgave", "tabel", "figuur", "les", "deel", "lokaal", "bijlage",
                    "onderdeel", "hoofdstuk", "paragraaf", "stap", "taak", "module", "opdracht", "dia", "kader"),
    person_nouns=("dochter", "zoon", "kind", "meisje", "jongen", "moeder", "vader", "vrouw", "man", "zus", "broer",
                  "oma", "opa", "weduwe", "nicht", "neef"),
    position_words=("eerste", "laatste", "volgende", "vorige", "voorgaande", "bovenstaande", "onderstaande",
                    "overige"),
    text_parts=("rijen", "kolommen", "alinea's", "alineas", "dia's", "tabellen", "hoofdstukken", "paragrafen",
                "regels", "secties", "voetnoten"),
    n_figure_digit_nouns=("code", "codes", "pincode", "nummer", "nummers", "getal", "getallen", "telefoonnummer",
                          "postcode", "wachtwoord", "voorsprong"),
    n_figure_leads=("verdien", "verdient", "verdienen", "verdiende", "verdienden", "betaalt", "betaald", "betaalde"),
    referring_phrases=(("dezelfde", ""), ("hetzelfde", ""), ("een", "eerdere"), ("een", "vorige"), ("een", "oudere"),
                       ("noem", "het"), ("het", "waren"), ("het", "zijn"),
                       ("het", "is"), ("het", "was"),  # "Het waren er vier": so many were
                       ("andere", "woorden"), ("oftewel", ""),  # "met andere woorden": the sentence before, restated
                       ("voor", "anderen"), ("voor", "andere")),  # "Voor andere is 99 procent onaanvaardbaar"
    referring_nouns=("cijfer", "cijfers", "aandeel", "aantal", "grens", "bovengrens", "ondergrens", "land",
                     "schatting", "loon", "bedrag", "totaal", "getal"),
    referring_determiners=("deze", "die", "dit", "dat", "zijn", "hun"),
    national_adjectives=("nationale", "nationaal", "landelijke", "landelijk"),
    definite_articles=("de", "het"),
    clock_halves=("half",),
    clock_quarters=("kwart",),
    clock_sides=("over", "voor"),
    identifier_words=("nummer", "nr", "kenmerk", "referentie", "kamerstuk"),
    identifier_copulas=("is", "was", "luidt"),
    numbered_words=("toets", "zaal", "toestel", "concept", "ronde", "scène", "kaart", "aanwijzing", "fase", "etappe",
                    "batch", "release", "studio"),
    demonstratives=("deze", "die"),
    reported_clause_leads=("dat", "vond", "vindt", "zei", "zegt", "meldde", "meldt", "schat", "schatte"),
    plural_endings=("en", "s"),
    noun_plural_endings=("s",),
    count_leads=("aantal", "telling", "telt", "telde", "totaal", "schat", "schatte", "schatting", "raamt", "becijfert",
                 "mensen", "werkers"),
    news_agencies=("anp", "belga", "novum"),
    affirming_comparisons=("zoals", "net als", "net zoals"),
    credit_words=("foto", "beeld"),
    body_name_ends=("internationaal", "nederland", "vlaanderen"),
    dimension_words=("hoog", "diep", "breed", "lang", "dik", "afstand", "verderop", "diepte", "hoogte", "lengte",
                     "breedte", "elkaar", "meter"),
    speaker_titles=("de heer", "mevrouw", "dhr.", "mevr.", "minister", "de minister", "staatssecretaris",
                    "de staatssecretaris", "voorzitter", "de voorzitter", "premier", "de premier", "rechter",
                    "de rechter", "burgemeester", "de burgemeester", "wethouder", "de wethouder", "kamerlid",
                    "het kamerlid", "volksvertegenwoordiger", "senator", "europarlementariër", "gedeputeerde",
                    "statenlid", "het statenlid", "raadslid", "het raadslid", "directeur", "penningmeester",
                    "secretaris", "bestuursvoorzitter"),
    populations={
        # Plurals the stemmer does not bring to their noun's stem are listed, as "kinderen" is.
        "data-worker": ("datawerker", "klikwerker", "microwerker", "labelaar", "annotator", "annotatoren",
                        "clickworker", "crowdworker", "datalabeler", "datalabelaar"),
        "moderator": ("moderator", "moderatoren", "contentmoderator", "contentmoderatoren"),
        "researcher": ("onderzoeker", "wetenschapper", "ethicus"),
        "engineer": ("ingenieur", "ontwikkelaar", "programmeur"),
        "rider": ("bezorger", "koerier", "chauffeur", "maaltijdbezorger"),
        "agent": ("callcentermedewerker", "telefonist"),
        "consumer": ("consument", "klant", "koper"),
        "user": ("gebruiker", "abonnee", "kijker", "lezer", "luisteraar"),
        "child": ("kind", "kinderen", "minderjarige"),
        "young": ("jongere", "jongeren", "jonge", "tiener", "tieners"),
        "woman": ("vrouw", "vrouwen"),
        "miner": ("mijnwerker", "delver", "mijnbouw"),  # a trade names its workers: "werken in de mijnbouw"
        "farmer": ("boer", "landbouwer", "teler", "plukker", "theeplukker", "oogster", "landbouw"),
        "student": ("student", "scholier", "leerling"),
        "teacher": ("leraar", "docent", "onderwijzer"),
        "nurse": ("verpleegkundige", "verpleger", "zorgverlener"),
        "doctor": ("arts", "dokter"),
        "journalist": ("journalist", "verslaggever"),
        "executive": ("manager", "directeur", "bestuurder"),
        "supervisor": ("supervisor", "teamleider", "leidinggevende", "voorman", "opzichter", "ploegleider"),
        "tradesperson": ("loodgieter", "elektricien", "timmerman", "timmerlieden", "monteur", "lasser", "technicus"),
        "lawyer": ("advocaat", "advocaten", "jurist"),
        "police-officer": ("politieagent", "agent van politie", "politieman", "wijkagent"),
        "official": ("ambtenaar", "toezichthouder"),
        "investor": ("investeerder", "belegger", "aandeelhouder"),
        "warehouse-worker": ("magazijnmedewerker", "orderpicker", "inpakker"),
        "garment-worker": ("textielarbeider", "textielarbeiders", "naaister", "kleermaker"),
        "factory-worker": ("fabrieksarbeider", "fabrieksarbeiders"),
        "construction-worker": ("bouwvakker", "metselaar"),
        "cleaner": ("schoonmaker", "schoonmaakster", "conciërge"),
        "domestic-worker": ("huishoudster", "huishoudhulp", "oppas"),
        "retail-worker": ("caissière", "kassamedewerker", "winkelmedewerker", "verkoper"),
        "hospitality-worker": ("ober", "serveerster", "kok", "barman"),
        "guard": ("bewaker", "beveiliger"),
        "fisher": ("visser", "visserij"),
    },
    # (compounds go on: "deeltijdwerkers", "voltijdse", "parttimebaan")
    work_bases={"full-timer": ("voltijd", "full-time", "volle werkweek"),
                "part-timer": ("deeltijd", "part-time", "halftijd", "halve baan", "halve banen",
                               "halve werkweek")},
    range_ends={("bovengrens",): "max", ("bovenkant",): "max", ("hoogste", "schatting"): "max",
                ("ondergrens",): "min", ("onderkant",): "min", ("laagste", "schatting"): "min"},
    low_words=("laag", "lager", "min", "minimum", "minimaal", "laagste", "van"),
    high_words=("hoog", "hoger", "max", "maximum", "maximaal", "hoogste", "tot"),
    auxiliary_verbs=("ben", "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "kan", "kunnen", "kon", "konden",
                     "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "mochten", "wil", "willen", "wilde",
                     "wilden", "zal", "zullen", "zou", "zouden", "wordt", "worden", "werd", "werden", "krijgt", "krijgen",
                     "kreeg", "kregen"),
    portion_nouns=("stuk", "stukken", "stukje", "stukjes"),
    count_adjectives=("andere", "meer", "extra"),
    figure_pronouns=("het",),
    figure_demonstratives=("dat", "dit"),
    cleft_copulas=("is", "was"),
    rendering_nouns=("alternatief", "versie", "variant", "formulering"),
    consequence_words=("dus",),
    people_nouns=("freelancers", "zzp'ers", "opdrachtnemers", "flexwerkers", "volwassenen", "inwoners", "burgers",
                  "betrokkenen", "respondenten", "deelnemers", "ondervraagden", "werkenden", "kiezers"),
    stock_owner_nouns=("groep", "concern", "bedrijf", "onderneming", "maker", "fabrikant", "bouwer",  # not "koper": copper
                       "recycler", "raffinaderij"),
    stock_back_words=("daaruit", "daarin", "daarvan", "eruit", "erin", "hieruit", "hierin"),
    part_relatives=("waarvan",),
    event_nouns=("debat", "conferentie", "hoorzitting", "topontmoeting", "lezing", "bijeenkomst", "congres", "symposium",
                 "seminar", "workshop", "festival", "manifestatie", "persconferentie", "forum", "evenement",
                 "interview", "gesprek"),
    event_prepositions=("op", "tijdens", "bij", "in"),  # "In een interview in Groningen, …"
    year_thing_leads=("uit", "van", "dan"),
    universal_words=("elk", "elke", "alle", "ieder", "iedere"),
    researcher_titles=("onderzoeker", "onderzoekers", "marktonderzoeker", "peiler", "analist", "analisten",
                       "statisticus"),
    audience_titles=("lezer", "lezeres", "kijker", "luisteraar", "beller"),
    study_agents=("van", "door"),
    adverb_endings=("lijk", "lijks", "gewijs"),
    containing_words=("bevat", "bevatten", "bevatte", "bestaat", "bestaan", "bestond", "bestonden"),
    study_words=("onderzoek", "studie", "studies", "enquête", "enquete", "analyse", "peiling", "schatting",
                 "schattingen", "statistieken", "veldwerk", "bevraging"),
    reporter_titles=("verslaggever", "verslaggeefster", "journalist", "journaliste", "correspondent", "correspondente",
                     "columnist"),
)
