"""Discourse context: what a figure's sentence leans on, and what a table's headers say of its figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.check.context import is_asked
from factlint.check.engine import Engine, check_text
from factlint.project.config import load_registry_for

KENYA_PAY = "002_25067c04bff82019.txt"


@pytest.fixture(scope="module")
def engine():
    return Engine.build(load_registry_for(Path(__file__).resolve().parents[2] / "claims"))


def verdicts(engine, text):
    checked, _ = check_text(text, engine)
    return [(c.occurrence.figure.text, c.verdict.status, c.verdict.claim.id if c.verdict.claim else None)
            for c in checked]


def last_verdict(engine, text, figure, *, prefix=False):
    """The verdict of the last finding on `figure` (one whose text starts the other's, with `prefix`); None if none."""
    found = [v for v in verdicts(engine, text)
             if (figure.startswith(v[0]) or v[0].startswith(figure) if prefix else v[0] == figure)]
    return found[-1] if found else None


@pytest.mark.parametrize("text, expected", [
    # A pronoun leans on the sentence before it: its subject and place.
    ("OpenAI hired Kenyan workers to keep harmful content out of ChatGPT. They were paid less than $2 an hour.\n",
     [("$2 an hour", "supported", "kenya-hourly-pay")]),
    # ... and so does "There,": the place before is another country's.
    ("Casilli also studied data workers in Brazil. There, full-time workers earned about 90 to 100 euros a month.\n",
     [("90 to 100 euros a month", "conflicting", "madagascar-monthly-pay")]),
    # A subject given only in the section heading.
    ("## Click work in the Philippines\n\nThe government estimates that more than 2 million people are involved.\n",
     [("2 million", "supported", "philippines-click-workers")]),
    # A list under a heading.
    ("## Kenya: what Time found\n\n- Hourly pay of OpenAI's moderators: less than $2\n",
     [("$2", "supported", "kenya-hourly-pay")]),
    # Each statement of a sentence is read on its own: "…, and in Kenya …".
    ("The Philippines counts more than 2 million click workers, and in Kenya OpenAI's moderators read "
     "250 text passages a day.\n",
     [("2 million", "supported", "philippines-click-workers"), ("250", "conflicting", "kenya-daily-passages")]),
    # A clause after ", and" opening with its verb (a qualifier at most before the figure) is its sentence's subject's,
    # past a speaker's aside.
    ("Ugandan moderators employed by Tarro earn $1.10 an hour, their union says, and read about 150 text passages "
     "each shift.\n",
     [("$1.10 an hour", "conflicting", "kenya-hourly-pay"), ("150", "conflicting", "kenya-daily-passages")]),
    # A clause with no subject of its own, joined to a reported clause, is said of that clause's subject, not its
    # teller's.
    ("Investors have been nervous since Time reported that the Kenyan workers OpenAI used were paid less than $2 an "
     "hour and had to read about 150 text passages a day.\n",
     [("$2 an hour", "supported", "kenya-hourly-pay"), ("150", "supported", "kenya-daily-passages")]),
    # A reply's quotation of an earlier sentence is read with it, and the reply under it leans on it.
    ("Time reported that OpenAI's Kenyan contractors were paid under two dollars an hour.\n\n> under two dollars an "
     "hour\n\nPretty sure it was more like $4 an hour.\n",
     [("two dollars an hour", "supported", "kenya-hourly-pay"), ("two dollars an hour", "supported", "kenya-hourly-pay"),
      ("$4 an hour", "conflicting", "kenya-hourly-pay")]),
    # What answers a block quote leans on it when it names no place or body but the quote's own (nd349-015) ...
    ("> Ruim driekwart van de consumenten wil dat merkervaringen op hun behoeften zijn afgestemd, aldus een recent "
     "onderzoek van Adobe.\n\nKan: Adobe zegt 77 procent, dus dat klopt.\n",
     [("driekwart", "supported", "adobe-personalization"), ("77 procent", "supported", "adobe-personalization")]),
    ("> The Philippine government estimates that more than 2 million people are involved in click work.\n\n"
     "No, it says more than 200,000, I checked.\n",
     [("2 million", "supported", "philippines-click-workers"),
      ("200,000", "conflicting", "philippines-click-workers")]),
    # ... or names none and shares a word with it; not one of words of its own only (review-96).
    ("> In Cagayan de Oro, een kuststad op de Filipijnen, werken tienduizenden jongeren dagelijks online voor "
     "Remotasks.\n\nIn de bron staat duizenden jongeren. Graag aanpassen.\n",
     [("tienduizenden", "conflicting", "cagayan-de-oro-young-workers"), ("duizenden", "supported", "cagayan-de-oro-young-workers")]),
    ("> In Cagayan de Oro werken tienduizenden jongeren dagelijks online voor Remotasks.\n\nKlopt niet: duizenden.\n",
     [("tienduizenden", "conflicting", "cagayan-de-oro-young-workers"),
      ("duizenden", "supported", "cagayan-de-oro-young-workers")]),  # no rare word of its own (review-97)
    ("> The DRC produces over 60% of the world's cobalt.\n\nI thought it was closer to 70%.\n",
     [("60%", "supported", "drc-cobalt-share"), ("70%", "supported", "drc-cobalt-share")]),
    ("> Misschien kan het 99 procent van de tijd een kat van een hond onderscheiden.\n\nOnze eigen slaagkans bij het "
     "examen was 85 procent.\n",
     [("99 procent", "supported", "cat-dog-99-percent"), ("85 procent", "unsourced", None)]),
    # A bare report of a figure, its clause closed by a comma, leans on the sentence before (nd349-021).
    ("De voice-over zegt nu: \"Een bedrijf dat hondenfoto's nodig heeft, kan 10 miljoen dierenfoto's kopen.\" Baert zei "
     "10 miljard, graag opnieuw inspreken.\n",
     [("10 miljoen", "conflicting", "animal-photos-example"), ("10 miljard", "supported", "animal-photos-example")]),
    # A rival's bare report leans on the quote as on any sentence before: its body differs from the claim's.
    ("> Ruim driekwart van de consumenten wil dat merkervaringen op hun behoeften zijn afgestemd, aldus een recent "
     "onderzoek van Adobe.\n\nKan: Winkelwijzer zegt 52 procent, dus dat klopt niet.\n",
     [("driekwart", "supported", "adobe-personalization"), ("52 procent", "conflicting", "adobe-personalization")]),
])
def test_discourse(engine, text, expected):
    assert verdicts(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The place in the column header, the measure, currency and period in the row header.
    ("| | Madagascar | Kenya |\n| --- | --- | --- |\n| Monthly pay, full-time (€) | 90–100 | |\n"
     "| Hourly pay of OpenAI's moderators (US$) | | under 2 |\n",
     [("90–100", "supported", "madagascar-monthly-pay"), ("2", "supported", "kenya-hourly-pay")]),
    # A scale in the column header.
    ("| Estimate | People doing data work worldwide (millions) |\n| --- | --- |\n| World Bank | 150–430 |\n",
     [("150–430", "supported", "world-bank-data-workers")]),
    ("| Country | Click workers, government estimate (millions) |\n| --- | --- |\n| Philippines | more than 20 |\n",
     [("20", "conflicting", "philippines-click-workers")]),
    # A scale in the first column's header, over columns that say none of their own.
    ("| Estimate (millions of people) | World Bank, as Casilli cites it |\n| --- | --- |\n"
     "| People doing AI data work | 100–400 |\n",
     [("100–400", "supported", "world-bank-microworkers-nl")]),
    ("| Workers (millions) | Hourly pay of OpenAI's Kenyan moderators (US$) |\n| --- | --- |\n| Kenya | under 2 |\n",
     [("2", "supported", "kenya-hourly-pay")]),  # a column's own unit decides
    # A "(%)" in the column header makes its cells shares.
    ("| Land | Aandeel in de wereldproductie van kobalt (%) |\n| --- | --- |\n| DR Congo | ruim 60 |\n",
     [("60", "supported", "drc-cobalt-share")]),
    # Low and High columns are one range.
    ("| Country | Monthly pay, low (€) | Monthly pay, high (€) |\n| --- | --- | --- |\n| Madagascar | 90 | 100 |\n",
     [("90", "supported", "madagascar-monthly-pay"), ("100", "supported", "madagascar-monthly-pay")]),
    # A table's caption gives its cells their scale, currency or multiplier, Low and High cells alike.
    ("**Estimated size of the global data-work force (millions of people)**\n\n| Estimate | Low | High |\n"
     "| --- | --- | --- |\n| World Bank, as quoted in AI's Hidden Workers | 150 | 430 |\n",
     [("150", "supported", "world-bank-data-workers"), ("430", "supported", "world-bank-data-workers")]),
    ("Klikwerkers volgens de Filipijnse overheid (x 1.000)\n\n| Land | Aantal klikwerkers |\n| --- | --- |\n"
     "| Filipijnen | meer dan 2.000 |\n", [("2.000", "supported", "philippines-click-workers")]),
    # ... but a paragraph of prose before a table is no caption, whatever its brackets hold.
    ("Time found that OpenAI's Kenyan moderators, who screened ChatGPT for harmful content, earned little (under $2 "
     "per hour) and read a great deal every single working day of the week.\n\n| Indicator | Figure |\n"
     "| --- | --- |\n| Text passages OpenAI's Kenyan moderators read per day | 150 |\n",
     [("$2 per hour", "supported", "kenya-hourly-pay"), ("150", "supported", "kenya-daily-passages")]),
    # A row's country is the scope of its cells: Kenya's pay claim is not Uganda's.
    ("| Country | Hourly pay of content moderators (US$) |\n| --- | --- |\n| Uganda | less than 2 |\n",
     [("2", "conflicting", "kenya-hourly-pay")]),
    # So is a country in another label cell of the row than its first.
    ("| Wat | Waar | Cijfer |\n| --- | --- | --- |\n| Maandloon voor fulltime datawerk | Brazilië | 90 tot 100 euro |\n",
     [("90 tot 100 euro", "conflicting", "madagascar-monthly-pay")]),
    ("| Wat | Waar | Cijfer |\n| --- | --- | --- |\n| Maandloon voor fulltime datawerk | Madagaskar | 90 tot 100 euro |\n",
     [("90 tot 100 euro", "supported", "madagascar-monthly-pay")]),
    # A period in a row's header is a count's as it is a sum's: 150 passages a week are not the claim's 150 a day.
    ("| Indicator | Figure | Source |\n| --- | --- | --- |\n| Text passages OpenAI's Kenyan moderators read per "
     "week | 150 | Time |\n", [("150", "conflicting", "kenya-daily-passages")]),
    ("| Indicator | Figure |\n| --- | --- |\n| Text passages OpenAI's Kenyan moderators read per day | 150 |\n",
     [("150", "supported", "kenya-daily-passages")]),
])
def test_tables(engine, text, expected):
    assert verdicts(engine, text) == expected


def test_a_scale_in_a_header_is_no_figure_of_its_own(engine):
    text = "| Estimate | People doing data work worldwide (millions) |\n| --- | --- |\n| World Bank | 150–430 |\n"
    assert [figure for figure, _, _ in verdicts(engine, text)] == ["150–430"]
    # Nor a caption's or a header's scale note: "(millions of people)", "(in miljoenen)", "(x 1.000)".
    text = ("**Data workers (millions of people)**\n\n| Estimate | Aantal (in miljoenen) | Aantal (x 1.000) |\n"
            "| --- | --- | --- |\n| World Bank | 150–430 | |\n")
    assert [figure for figure, _, _ in verdicts(engine, text)] == ["150–430"]


@pytest.mark.parametrize("text, noun", [
    ("over 60% of the world's known cobalt reserves.", "reserves"),
    # A participle after the noun ends its phrase: the share is of the cobalt.
    ("over 60% of the cobalt produced worldwide, often dug out by children.", "cobalt"),
    ("60% van het kobalt ter wereld", "kobalt"),
    # A share of the time or of cases says how often: it names nothing a claim must count.
    ("AI can tell a cat from a dog in 99 percent of cases.", ""),
    ("in 99 procent van de gevallen", ""),
    ("30% of their time searching for tasks", ""),
    # Nouns that end as a participle does are nouns: the seed, the feed.
    ("40% of the vegetable seed exported to Kenya", "seed"),
    ("20% of hospital bed capacity", "capacity"),
    # Of a clause: no noun.
    ("roughly a third of what the world uses, the post says.", ""),
    ("een derde van wat de wereld verbruikt", ""),
    # People end the noun phrase: the word after them is their verb.
    ("ruim driekwart van de klanten verwacht een persoonlijke benadering", "klanten"),
    ("77% of Kenyan workers earned less", "workers"),
    # A Dutch clause opened by a relative or "dat" ends with its verb.
    ("Congo is het land dat ruim zestig procent van het kobalt levert.", "kobalt"),
    ("Het is dus Congo, niet Rwanda, dat ruim zestig procent van het kobalt levert.", "kobalt"),
    ("Congo levert ruim zestig procent van het kobalt.", "kobalt"),
    ("Dat is ruim 60 procent van het wereldwijde kobalt.", "kobalt"),  # a demonstrative opening the sentence
    ("Die mijnen leveren ruim 60 procent van het Congolese kobalt.", "kobalt"),
])
def test_what_a_percentage_is_of(text, noun):
    from factlint.check.context import measured
    from factlint.check.mentions import iter_scan

    occ = next(iter(iter_scan(text)))
    assert measured(occ) == noun


def test_a_share_of_cases_is_how_often(engine):
    text = "Computer scientist Jeroen Baert says AI can tell a cat from a dog in 99 percent of cases.\n"
    assert verdicts(engine, text) == [("99 percent", "supported", "cat-dog-99-percent")]


@pytest.mark.parametrize("text, unit", [
    ("Remotasks pays some taskers as little as 30 cents per task.", "task"),
    ("Een klikwerker krijgt 2 cent per foto.", "foto"),
    ("They earned $2 a day.", ""),  # a period, read into the figure
    ("Scale AI raised $1 billion from investors.", ""),
])
def test_what_a_sum_is_paid_per(text, unit):
    from factlint.check.context import per_unit
    from factlint.check.mentions import iter_scan

    occ = next(o for o in iter_scan(text) if o.figure.kind == "money")
    assert per_unit(occ) == unit


def test_a_price_per_task_is_no_hourly_rate(engine):
    text = "Remotasks, the platform many Filipinos use, pays some taskers as little as 30 cents per task.\n"
    assert verdicts(engine, text) == [("30 cents", "unsourced", None)]


def test_a_label_before_a_colon_names_what_follows(engine):
    # The list item's label names the place; the statement after the colon names none: India's, not the
    # Philippines'. Without the label the figure was supported.
    text = ("**Kort nieuws**\n\n- **India:** de overheid schat dat ruim 2 miljoen mensen in het land betrokken zijn "
            "bij klikwerk voor AI.\n")
    assert verdicts(engine, text) == [("2 miljoen", "conflicting", "philippines-click-workers")]


@pytest.mark.parametrize("text", [
    # A label opening a quotation, or after the sentence's own colon, names what the quoted statement is of (nd323-013).
    'In de tabel bij de buurlanden staat ook nog "Indonesië: volgens de regering meer dan 2 miljoen klikwerkers"; '
    "daar is geen bron voor.\n",
    "In de tabel bij de buurlanden staat nu nog altijd: Indonesië: volgens de regering meer dan 2 miljoen "
    "klikwerkers.\n",
])
def test_a_label_opening_a_quotation_names_what_follows(engine, text):
    assert [s for _, s, _ in verdicts(engine, text)] != ["supported"]


@pytest.mark.parametrize("text", [
    # A reported clause that opens with a subject pronoun leans on what came before: the sentence before ...
    "OpenAI hired Kenyan workers to keep harmful content out of ChatGPT. Time found they were paid less than $2 "
    "an hour.\n",
    # ... or the part of its own sentence before a colon.
    "Take the Kenyans whom OpenAI hired to scrub ChatGPT of violent and abusive text: Time found they got less "
    "than $2 an hour for it.\n",
])
def test_a_reported_pronoun_leans_on_what_came_before(engine, text):
    assert verdicts(engine, text) == [("$2 an hour", "supported", "kenya-hourly-pay")]


@pytest.mark.parametrize("text, expected", [
    # A reference back in a sentence's first words ("the same institution", "dezelfde bank") leans on the
    # sentence before, wherever it stands; and Casilli, who the claim's statement says reported it, is no other
    # organisation than the World Bank's.
    ("The World Bank estimates that 150 to 430 million people worldwide do data work for AI. Antonio Casilli "
     "quotes the same institution for a lower band of 100 to 400 million.\n",
     ("100 to 400 million", "supported", "world-bank-microworkers-nl")),
    ("Volgens de Wereldbank werken 100 tot 400 miljoen mensen als klikwerker. Casilli noemt dezelfde bank als bron "
     "voor 100 tot 400 miljoen.\n", ("100 tot 400 miljoen", "supported", "world-bank-microworkers-nl")),
    # A sentence opening with a definite noun of a figure speaks of what the one before described.
    ("OpenAI hired Kenyan workers to keep harmful content out of ChatGPT. The pay for that work was less than $2 "
     "an hour.\n", ("$2 an hour", "supported", "kenya-hourly-pay")),
    ("OpenAI huurde Keniaanse werknemers in om schadelijke inhoud uit ChatGPT te houden. Het loon lag onder de "
     "2 dollar per uur.\n", ("2 dollar per uur", "supported", "kenya-hourly-pay")),
])
def test_a_reference_back_leans_on_the_sentence_before(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


def test_a_kind_named_with_such_is_no_reference_back(engine):
    # "such companies" names a kind of thing, not one named before: San Francisco, of the sentence before, is not
    # the World Bank estimate's place.
    text = ("Scale AI, the San Francisco start-up, brought in $870 million in revenue. Behind such companies stands a "
            "workforce: the World Bank estimates that between 150 million and 430 million people do this kind of "
            "work, tagging photos and transcribing audio.\n")
    assert verdicts(engine, text)[-1] == ("150 million and 430 million", "supported", "world-bank-data-workers")


@pytest.mark.parametrize("text, expected", [
    # A figure is said of the place its statement names up to the comma after it, not of a clause after that:
    # the brochure's Zambia, not the Congolese delegation who laughed at it.
    ("A brochure handed out in Lusaka claims that Zambia, whose copper belt runs across the border, produces over "
     "60 percent of the world's cobalt, a boast the Congolese delegation found touching.\n",
     ("60 percent", "conflicting", "drc-cobalt-share")),
    # ... nor of a country named before the figure's clause: India's IT workers are no Philippine click workers.
    ("Besides the Philippines, where officials count more than 2 million click workers, the industry is large in "
     "India, whose IT-services sector alone employs 5.4 million people.\n", ("5.4 million", "unsourced", None)),
    # The world a share is of is no place of it: the DRC's, named after the comma.
    ("Driekwart van al het kobalt dat wereldwijd wordt gedolven, komt uit de DR Congo.\n",
     ("Driekwart", "supported", "drc-cobalt-share")),
])
def test_a_figure_is_said_of_the_place_of_its_subject(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


def test_a_label_says_what_a_bare_count_after_it_counts(engine):
    # "Moderators who signed …: 184" counts moderators, not the passages the Kenya claim counts.
    text = ("## Kenya's AI moderators in numbers\n\n- Text passages read per day by OpenAI's Kenyan labellers, "
            "according to Time: 150\n- Moderators who signed a petition to Kenya's parliament: 184\n")
    assert verdicts(engine, text) == [("150", "supported", "kenya-daily-passages"), ("184", "unsourced", None)]


@pytest.mark.parametrize("text", [
    # A clause before a colon is no label of what a count counts when the count's own clause names the figure: "the
    # figure" is the government's estimate named before, not a number of groups.
    ("The bill would cover an estimated 1.2 million Filipinos involved in click work for AI companies, its author said, "
     "citing a government estimate. Labor groups corrected him: the government's figure is more than 2 million.\n"),
    ("Het wetsvoorstel zou gelden voor naar schatting 1,2 miljoen Filipino's die klikwerk doen voor AI-bedrijven, zei "
     "de indiener, op basis van een schatting van de regering. Vakbonden verbeterden hem: het cijfer is meer dan 2 "
     "miljoen.\n"),
])
def test_a_colon_s_clause_is_no_label_of_a_figure_named(engine, text):
    assert verdicts(engine, text)[-1][1:] == ("supported", "philippines-click-workers")


def test_a_figure_of_another_place_s_kind_is_not_a_weak_lookalike_s(engine):
    # France's monthly pay is no contradiction of the hourly pay of a claim naming no place that shares two words
    # with it: it is Madagascar's monthly-pay figure said of France (Casilli's research, named, is the claim's).
    text = ("Franse AI-bedrijven besteden datawerk uit aan Madagaskar. In Frankrijk, ook een van de landen uit het "
            "onderzoek van Casilli, verdienen datawerkers met een fulltime baan ruim 1.800 euro per maand.\n")
    assert verdicts(engine, text) == [("1.800 euro per maand", "conflicting", "madagascar-monthly-pay")]
    # Without the claim's source named, far from its value, it is France's own pay: unsourced.
    text = text.replace(", ook een van de landen uit het onderzoek van Casilli,", "")
    assert verdicts(engine, text) == [("1.800 euro per maand", "unsourced", None)]
    # Madagascar's own value said of France is Madagascar's figure given to another place (SPEC §4).
    text = text.replace("ruim 1.800 euro", "90 tot 100 euro")
    assert verdicts(engine, text) == [("90 tot 100 euro per maand", "conflicting", "madagascar-monthly-pay")]


@pytest.mark.parametrize("text, expected", [
    # A percentage that is a change is no share: not Adobe's 77% of consumers.
    ("Adobe found that 77% of consumers want personalised experiences. Personalised subject lines lifted our "
     "email open rates by 23% last quarter.\n", ("23%", "unsourced", None)),
    ("Adobe ontdekte dat 77 procent van de consumenten gepersonaliseerde ervaringen wil. Bij onze klanten zagen we "
     "de conversie met 12 procent stijgen door personalisatie.\n", ("12 procent", "unsourced", None)),
    # A lab that reports a figure of its own model is its source, not the computer scientist the claim quotes.
    ("Jeroen Baert rekent voor dat je tien miljard dierenfoto's kunt kopen. Een lab van de KU Leuven meldt dat zijn "
     "model 99 procent van de tijd een kat van een hond onderscheidt.\n", ("99 procent", "conflicting",
                                                                         "cat-dog-99-percent")),
    # What a thing costs is a price, no pay.
    ("In Madagaskar verdienden datawerkers met een fulltime baan ongeveer 90 tot 100 euro per maand, vertelde Casilli. "
     "Dat is weinig, zegt hij: een kamer in de hoofdstad Antananarivo kost al snel 90 tot 100 euro per maand.\n",
     ("90 tot 100 euro per maand", "unsourced", None)),
    ("Full-time data workers in Madagascar earned about €90–100 a month, Casilli said. That is little, he says: a "
     "room in the capital Antananarivo costs about €90–100 a month.\n", ("€90–100 a month", "unsourced", None)),
])
def test_a_figure_of_another_quantity_or_source_is_not_the_claim_s(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # A person's pronoun stands for the name opening the sentence before: a person who lived it, no other firm.
    ("Ruth Mwangi was one of the Kenyan moderators OpenAI hired to clean up ChatGPT. The pay, she writes, was less than "
     "two dollars an hour.\n", ("two dollars an hour", "supported", "kenya-hourly-pay")),
    ("Joseph Kiprono zat in het team in Nairobi dat voor OpenAI teksten labelde. Hij kreeg naar eigen zeggen zo'n 150 "
     "tekstfragmenten per dag voorgelegd.\n", ("150", "supported", "kenya-daily-passages")),
    # A title names a person, a Dutch member of parliament's too.
    ("Mr Okafor is right that thousands of young people work online in Cagayan de Oro every day for the AI industry.\n",
     ("thousands", "supported", "cagayan-de-oro-young-workers")),
    ("Kamerlid Sevda Yilmaz herhaalt in het debat dat duizenden jongeren in Cagayan de Oro elke dag online werken voor "
     "de AI-industrie.\n", ("duizenden", "supported", "cagayan-de-oro-young-workers")),
    # A firm named beside a person is still another firm, also in the sentence the pronoun leans on or an aside.
    ("Wanjiru Kamau, who runs the Nairobi outsourcer Tasklane, says her Kenyan moderators read about 150 text passages "
     "a day.\n", ("150", "conflicting", "kenya-daily-passages")),
    ("Ms Achieng worked as a content moderator for Microsoft in Nairobi. She says the pay was less than two dollars an "
     "hour.\n", ("two dollars an hour", "conflicting", "kenya-hourly-pay")),
    ("Mr Hale, Microsoft's head of trust and safety, says its Kenyan moderators were paid less than $2 an hour.\n",
     ("$2 an hour", "conflicting", "kenya-hourly-pay")),
    # A person's own finding is no claim of another person's.
    ("Dr Lena Vos does not think AI technology will ever reach 100 percent perfection.\n",
     ("100 percent", "conflicting", "ai-not-100-percent-perfect")),
])
def test_a_person_who_lived_or_told_a_firm_s_figure_is_no_other_firm(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # A government opening the clause a speaker reports says the figure, whoever reports it.
    ("Mira Sandhu, chief executive of Oxley, says the government estimates that more than two million people in the "
     "Philippines are involved in click work.\n", ("two million", "supported", "philippines-click-workers")),
    ("Chief executive Mira Sandhu is asked about the Philippines. She repeats the government's estimate that more than "
     "two million people in the country are involved in click work.\n",
     ("two million", "supported", "philippines-click-workers")),
    # ... not in a relative clause's, nor when the figure stands in a relative clause of its own (review-78).
    ("According to the Washington Post, which says the government estimates click work poorly, thousands of young "
     "people in Cagayan de Oro work online for Remotasks.\n", ("thousands", "supported", "cagayan-de-oro-young-workers")),
    ("Time says the government reckons without the moderators OpenAI hired in Kenya, who were paid less than $2 an "
     "hour.\n", ("$2 an hour", "supported", "kenya-hourly-pay")),
])
def test_a_government_in_a_reported_clause_says_its_figure(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # A bare count in brackets after a name is an age, no count of the claim's.
    ("In Antananarivo werkt Fara Rakoto (31) als annotator voor een Frans AI-bedrijf, net als de datawerkers uit "
     "het onderzoek van Casilli in vier landen.\n", ("31", "unsourced", None)),
    # ... and so is one between commas after a full name.
    ("Faith Achieng, 27, has labelled text for the contractor OpenAI hired to keep harmful content out of ChatGPT, "
     "reading some of the 150 passages a day.\n", ("27", "unsourced", None)),
    # ... or after a person's noun and a possessive or article (nd342-009).
    ("Casilli studied data workers in four countries, Madagascar among them. Her daughter, 7, does homework by the "
     "light of the laptop.\n", ("7", "unsourced", None)),
    ("Casilli onderzocht datawerkers in vier landen. Haar dochter, 7, maakt huiswerk bij het licht van de laptop.\n",
     ("7", "unsourced", None)),
    # The organisation of a clause after the figure's, about something else, is not the figure's: Casilli's team,
    # of the sentence before, studied four countries, not the World Bank.
    ("Antonio Casilli has spent years documenting the back office of AI. His team studied data workers in four "
     "countries - Venezuela, Madagascar, Brazil and France - and found that a full-time job annotating data in "
     "Madagascar paid roughly 90 to 100 euros a month, in a country where about 80% of people live on less than "
     "$2.15 a day, the World Bank's extreme poverty line.\n", ("four", "supported", "casilli-four-countries")),
    # A sentence opening with "But" goes on from the one before: the applications it speaks of.
    ("An AI might tell a cat from a dog 99% of the time, Jeroen Baert said, and for some applications that is good "
     "enough. But there are others where 99% is unacceptable.\n", ("99%", "supported", None)),
])
def test_what_a_sentence_goes_on_from(engine, text, expected):
    figure, status, claim = expected
    found = [v for v in verdicts(engine, text) if v[0] == figure][-1]
    assert found[1] == status and (claim is None or found[2] == claim)


@pytest.mark.parametrize("text, expected", [
    # A country's count said of one of its cities on its own is no restatement of it ...
    ("In Cagayan de Oro alone, more than 2 million people do click work for platforms such as Remotasks, the "
     "Philippine government estimates.\n", ("2 million", "conflicting", "philippines-click-workers")),
    # ... where a city that only seats the government, or files the report, takes nothing from it.
    ("The government in Manila estimates that 2 million Filipinos are doing click work for AI platforms such as "
     "Remotasks.\n", ("2 million", "supported", "philippines-click-workers")),
    ("MANILA — The government counts 2 million Filipinos who do click work for platforms such as Remotasks.\n",
     ("2 million", "supported", "philippines-click-workers")),
    # Dutch says it before the place.
    ("Alleen al in Cagayan de Oro zouden meer dan 2 miljoen mensen klikwerk doen voor Remotasks, schat de "
     "Filipijnse overheid.\n", ("2 miljoen", "conflicting", "philippines-click-workers")),
    # "itself", "zelf" after a place that follows the figure say it too ("In Manila itself, …" only sets a scene).
    ("A councillor claims that more than 2 million people in Cagayan de Oro itself do click work for AI, as the "
     "Philippine government estimates for the country.\n", ("2 million", "conflicting", "philippines-click-workers")),
    ("Volgens een raadslid doen meer dan 2 miljoen mensen in Cagayan de Oro zelf klikwerk voor AI, zoals de "
     "Filipijnse overheid schat.\n", ("2 miljoen", "conflicting", "philippines-click-workers")),
])
def test_a_count_said_of_a_city_on_its_own(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # A country's share of the world said of one of its cities on its own is the city's, not the country's ...
    ("In Kolwezi alone, mines supply over 60% of the world's cobalt.\n", ("60%", "conflicting", "drc-cobalt-share")),
    ("Alleen al in Kolwezi komt meer dan 60 procent van het kobalt ter wereld vandaan.\n",
     ("60 procent", "conflicting", "drc-cobalt-share")),
    # ... and so is what its own part does alone: "the mines alone" in the city, "the city's mines alone".
    ("In Kolwezi, the mines alone supply over 60% of global output.\n", ("60%", "conflicting", "drc-cobalt-share")),
    ("Reporters who visited Kolwezi were told that the city's mines alone supply over 60% of global output.\n",
     ("60%", "conflicting", "drc-cobalt-share")),
    ("In Kolwezi leveren de mijnen alleen al meer dan 60 procent van het kobalt ter wereld.\n",
     ("60 procent", "conflicting", "drc-cobalt-share")),
    # ... where a city that only sets the scene takes nothing from it, nor a country's own part from the country.
    ("In Kolwezi, officials say the DRC supplies over 60% of the world's cobalt.\n",
     ("60%", "supported", "drc-cobalt-share")),
    ("In Congo, the mines alone supply over 60% of global output.\n", ("60%", "supported", "drc-cobalt-share")),
])
def test_a_share_said_of_a_city_on_its_own(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # A share taken "within" a place is of that place's stock: no share the place has of the world's ...
    ("Within Congo, over 60% of the cobalt comes from Lualaba province.\n", ("60%", "unsourced", None)),
    ("Binnen Congo komt volgens Grondstofwacht ruim 60 procent van het kobalt uit de zuidelijke provincie "
     "Lualaba.\n", ("60 procent", "unsourced", None)),
    # ... unless the statement names the world's, or no place follows "within".
    ("Within Congo, mines produce over 60% of the world's cobalt.\n", ("60%", "supported", "drc-cobalt-share")),
    ("Binnen Afrika levert Congo meer dan 60 procent van al het kobalt ter wereld.\n",
     ("60 procent", "supported", "drc-cobalt-share")),
    ("Within a decade, Congo came to produce over 60% of the world's cobalt.\n",
     ("60%", "supported", "drc-cobalt-share")),
])
def test_a_share_within_a_place_is_of_its_stock(engine, text, expected):
    found = verdicts(engine, text)[-1]
    assert found[:2] == expected[:2] and (expected[2] is None or found[2] == expected[2])


@pytest.mark.parametrize("text, expected", [
    # A province is a part of its country as a city is (ISO 3166-2 through lang/data/subdivisions.tsv): its share of
    # the world said on its own is the province's ...
    ("Lualaba alone supplies more than half of global cobalt output, the CEA estimates.\n",
     ("half", "conflicting", "drc-cobalt-share")),
    ("Alleen al in de provincie Lualaba komt meer dan 60 procent van het kobalt ter wereld vandaan.\n",
     ("60 procent", "conflicting", "drc-cobalt-share")),
    ("# Katanga: the region that powers your phone\n\nIts mines alone produce over 60% of the world's cobalt, "
     "regional officials like to say.\n", ("60%", "conflicting", "drc-cobalt-share")),
    # ... and so is a share whose subject names a part of the country and not the country ...
    ("Katanga produces over 60% of the world's cobalt.\n", ("60%", "conflicting", "drc-cobalt-share")),
    ("De provincie Lualaba levert meer dan 60 procent van al het kobalt ter wereld.\n",
     ("60 procent", "conflicting", "drc-cobalt-share")),
    # ... where "not only" holds no place on its own, and a city after the figure is no subject of it ...
    ("Not only in Lualaba but across the whole of Congo, mines produce over 60% of the world's cobalt.\n",
     ("60%", "supported", "drc-cobalt-share")),
    ("Niet alleen in Lualaba maar in heel Congo delven mijnen samen meer dan 60 procent van al het kobalt ter "
     "wereld.\n", ("60 procent", "supported", "drc-cobalt-share")),
    ("The Democratic Republic of Congo produces more than 60 per cent of the world's cobalt — and the government in "
     "Kinshasa has shown that it is willing to use that leverage.\n", ("60 per cent", "supported", "drc-cobalt-share")),
    # ... and a province that sets the scene takes nothing from its country's share.
    ("In Lualaba, officials say the DRC supplies over 60% of the world's cobalt.\n",
     ("60%", "supported", "drc-cobalt-share")),
    # And a province of another country is another place.
    ("In Scotland, click workers hired by OpenAI to screen ChatGPT's content were paid less than $2 an hour.\n",
     None),
])
def test_a_share_said_of_a_province_on_its_own(engine, text, expected):
    if expected is None:
        assert verdicts(engine, text)[-1][1] in ("conflicting", "unsourced")
    else:
        assert verdicts(engine, text)[-1] == expected


def test_a_figure_said_of_another_kind_of_worker_is_not_the_claim_s(engine):
    # The data workers' $1.46 an hour, said of warehouse pickers: never supported.
    text = "Warehouse pickers in Manila are paid as little as $1.46 an hour after tax, a union leaflet says.\n"
    assert verdicts(engine, text)[-1][1] in ("conflicting", "unsourced")


@pytest.mark.parametrize("text, figure", [
    # A list item that says enough of its own, none of it the claim's, is not the claim's figure, whatever the
    # heading and the lead-in above it say.
    ("## Why firms want more AI: personalisation\n\nCompanies cite surveys on what consumers want:\n\n"
     "- Adobe: more than three-quarters of consumers want brand experiences personalised to their needs.\n"
     "- Our own reader poll: 41% would pay extra for an ad-free version.\n", "41%"),
    # A percentage right after a word of change is a change: "grew revenue 11%".
    ("More than three-quarters of consumers want personalised brand experiences, an Adobe study found. Adobe's "
     "Digital Experience unit grew revenue 11% to $4.9 billion.\n", "11%"),
])
def test_a_figure_that_says_something_else_is_unsourced(engine, text, figure):
    assert [v for v in verdicts(engine, text) if v[0] == figure] == [(figure, "unsourced", None)]


def test_the_source_who_speaks_in_the_sentence_leaned_on_is_the_claim_s(engine):
    # Casilli, who "told the audience in Groningen", is the claim's source: Groningen names no other.
    text = ("'We visited microworkers in Madagascar who earned between 90 and 100 euros a month for a full-time job,' "
            "Casilli told the audience in Groningen. His team's fieldwork covered four countries, from Venezuela to "
            "France.\n")
    assert verdicts(engine, text)[-1] == ("four", "supported", "casilli-four-countries")


def test_a_label_before_a_figure_and_its_full_stop_names_its_source(engine):
    # "…: zevenenzeventig procent." stands alone after its label, full stop and all: Salesforce's, not Adobe's.
    text = ("Uit een recent onderzoek van Adobe blijkt dat ruim driekwart van de consumenten gepersonaliseerde "
            "merkervaringen wil. Concurrent Salesforce kwam in een eigen enquête op exact hetzelfde aandeel: "
            "zevenenzeventig procent.\n")
    assert verdicts(engine, text)[-1][1] in ("conflicting", "unsourced")


def test_a_clause_that_says_enough_is_read_on_itself_before_the_sentence_it_leans_on(engine):
    # The sentence before speaks of telling a cat from a dog; this one of AI never being perfect: Baert's other claim.
    text = ("\u201cA system may tell a cat from a dog 95 percent of the time, and for a photo app that is fine,\u201d Jeroen "
            "Baert says. \u201cBut AI will never reach 100 percent perfection.\u201d\n")
    assert verdicts(engine, text)[-1] == ("100 percent", "supported", "ai-not-100-percent-perfect")


@pytest.mark.parametrize("text, figure, statuses", [
    # Found in review: none of these is the claim's figure, and each was reported supported.
    ("Miners in Zambia work daily to produce over 60% of the world's cobalt.\n", "60%", ("conflicting",)),
    ("Over 60% of the world's cobalt is mined by the population of Zambia.\n", "60%", ("conflicting",)),
    ("| Country | Growth of world cobalt output (%) |\n|---|---|\n| DRC | 61 |\n", "61", ("unsourced",)),
    ("ZAMBIA — Over 60% of the world's cobalt is produced here.\n", "60%", ("conflicting",)),
    ("Kenyan workers were paid less than 2 dollars an hour, said researchers at Google.\n", "2 dollars an hour",
     ("conflicting", "unsourced")),
    ("Salesforce says 77% of consumers want personalised brand experiences.\n", "77%", ("conflicting", "unsourced")),
    ("77 procent van de consumenten wil gepersonaliseerde merkervaringen, zegt Salesforce.\n", "77 procent",
     ("conflicting", "unsourced")),
    # ... and these are, and were not.
    # A group's word inside a name is none of the figure's groups; a poster's handle names no body.
    ("- The DRC's share of world cobalt output: roughly two-thirds (Kids Mine Cobalt, as the debate post quotes it)\n",
     "two-thirds", ("supported",)),
    ("**Henri_V** · 2 Mar 2024 09:12\nThe piece says full-time data workers in Madagascar earn about €90–100 a month.\n",
     "€90–100 a month", ("supported",)),
    # A reported clause's name as the payer is no subject the teller's group gives way to: "them", the engineers.
    ("Engineers told us that OpenAI paid them less than $2 an hour.\n", "$2 an hour", ("conflicting", "unsourced")),
    # Whose study its own statement says it is, whatever body it is likened to after it.
    # A study likened to the claim's body's after its figure ("the same as", "so exactly", "precies de") is another's.
    ("A Brightloop study, she writes, found that 77% of consumers want brand experiences personalised to their needs, a "
     "figure so exactly Adobe's that a copying error seems likely.\n", "77%", ("conflicting", "unsourced")),
    ("Een onderzoek van Marktlens kwam uit op 100 tot 400 miljoen klikwerkers wereldwijd, precies de schatting van de "
     "Wereldbank.\n", "100 tot 400 miljoen", ("conflicting", "unsourced")),
    # ... not one citing it, led by its person, or its own titled report (review-72).
    ("A Fairwork study citing the World Bank puts the number of data workers at 150 to 430 million.\n",
     "150 to 430 million", ("supported",)),
    ("A DiPLab study led by Antonio Casilli found that Malagasy data workers earned €90 to €100 a month.\n",
     "€90 to €100 a month", ("supported",)),
    ("Adobe's 2023 Digital Trends survey found that 77% of consumers want personalized experiences.\n", "77%",
     ("supported",)),
    ("Up to 90% of consumers want brand experiences to be personalized, according to a recent Adobe study.\n", "90%",
     ("supported",)),
    ("MANILA — More than 2 million people in the Philippines are involved in click work for AI.\n", "2 million",
     ("supported",)),
    ("According to the Kenyan press, between 150 million and 430 million people worldwide do data work for AI.\n",
     "150 million and 430 million", ("supported",)),
    # Who spoke in the sentence before is no source of a figure its own sentence gives a source before a colon.
    ("The IMF told us it has published no such estimate. The range matches a recent World Bank estimate: between "
     "150 million and 430 million people annotate images, text and audio.\n", "150 million and 430 million",
     ("supported",)),
])
def test_sources_and_places_read_as_a_fact_checker_would(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # The subject before a neighbouring figure is the figure's own, read before the sentence a tag ("she added")
    # leans on: Salesforce's survey, not the Adobe study of the sentence before.
    ("Citing a recent Adobe study, Priya Raman said more than three-quarters of consumers want brand experiences "
     "tailored to their needs. A Salesforce survey of 14,300 shoppers, she added, found that 77% expect companies to "
     "understand their needs.\n", "77%", ("conflicting", "unsourced")),
    # With no name of its own, the tag's sentence before still gives the source.
    ("Citing a recent Adobe study, Priya Raman spoke of consumers who want brand experiences tailored to their "
     "needs. Of 14,300 shoppers, she added, 77% want them personalised.\n", "77%", ("supported",)),
])
def test_a_subject_cut_off_by_a_neighbouring_figure_is_the_figure_s(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


def test_a_short_quote_said_whole_in_its_own_language_is_the_claim_s(engine):
    # The claim's statement is English; its quote has two content words, both said: the source's own words.
    text = ("Beeldherkenning is goed genoeg voor veel doeleinden, maar er zijn andere toepassingen waarin zelfs "
            "99 procent onaanvaardbaar is, waarschuwt Baert.\n")
    assert verdicts(engine, text) == [("99 procent", "supported", "99-percent-unacceptable")]


@pytest.mark.parametrize("text", [
    "De Filipijnse overheid schat dat ruim twee miljoen landgenoten klikwerk doen voor AI-bedrijven.\n",
    "The Philippine government estimates that more than two million compatriots do click work for AI firms.\n",
])
def test_compatriots_are_people_counted(engine, text):
    assert [v[1:] for v in verdicts(engine, text)] == [("supported", "philippines-click-workers")]


@pytest.mark.parametrize("text, expected", [
    # A list's lead that names whose findings follow names their source, as a heading does ...
    ("**From a recent Adobe study**\n\n- Over three-quarters of consumers want brand experiences personalised.\n\n"
     "**From the Brandpulse Consumer Index, a panel run by a Leeds agency**\n\n"
     "- 77% want brand experiences tailored to them\n", ("77%", "conflicting", "adobe-personalization")),
    # ... where a lead-in that is a sentence of prose names no source for the list ("a Flemish report" is no name).
    ("What Time found in Kenya, as summarised in a Flemish report:\n\n- Kenyan workers hired by OpenAI to keep harmful "
     "content out of ChatGPT were each given some 150 text passages a day.\n",
     ("150", "supported", "kenya-daily-passages")),
    # ... while a heading in title case whose last word is a study's names a topic, no source.
    ("## The Philippine Click Work Estimate\n\n- The government says more than 2 million people in the Philippines "
     "do click work.\n", ("2 million", "supported", "philippines-click-workers")),
])
def test_a_list_s_lead_names_whose_findings_follow(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # A firm named back by the kind of organisation it is ("onderzoeksbureau IndiQ" ... "het bureau") is the source of
    # what it found, not the claim's source ...
    ("Een recent onderzoek van Adobe liet zien dat 77 procent van de consumenten wil dat merkervaringen op hun "
     "behoeften worden afgestemd.\n\nIn Nederland ligt dat anders, zegt onderzoeksbureau indiQ. Van de Nederlanders "
     "die het bureau in januari ondervroeg, wil 77 procent juist minder gepersonaliseerde reclame.\n",
     ("77 procent", "conflicting", "adobe-personalization")),
    # ... where a figure in a clause about a place (", where …") is said of that clause's subject, not of the
    # organisation its sentence names back.
    ("NEW DELHI – More than 2 million people are involved in click work, the Bengaluru-based industry association "
     "DataWorks India said on Monday.\n\nThe association distanced its members from the practices reported in Kenya, "
     "where moderators screened ChatGPT for OpenAI at less than $2 an hour and had to read some 200 text passages a "
     "day.\n", ("200", "conflicting", "kenya-daily-passages")),
    # ... and so does a noun that names any firm of its kind ("the consultancy", "the pollster").
    ("The consultancy BrandWise ran its own survey in Leeds. The consultancy found that 77% of consumers want brand "
     "experiences personalised to their needs.\n", ("77%", "conflicting", "adobe-personalization")),
])
def test_an_organisation_named_back_by_its_kind(engine, text, expected):
    assert verdicts(engine, text)[-1] == expected


def test_the_organisation_named_back_is_the_figure_s_source(engine):
    text = ("Volgens de Wereldbank verdienen wereldwijd tussen de 150 en 430 miljoen mensen geld met online klussen. "
            "Eerder sprak de bank nog van 100 tot 400 miljoen mensen, zo citeerde de Rijksuniversiteit Groningen "
            "socioloog Antonio Casilli.\n")
    checked, _ = check_text(text, engine)
    assert [(c.occurrence.figure.text, c.verdict.status) for c in checked][-1] == ("100 tot 400 miljoen", "supported")


@pytest.mark.parametrize("text, figure, status", [
    # A figure attributed to a pronoun leans on the sentence naming its speaker.
    ("Computerwetenschapper Jeroen Baert rekent voor hoe klikwerkers dierenfoto's labelen. Honderd procent perfectie "
     "zal de technologie volgens hem nooit bereiken.\n", "Honderd procent", "supported"),
    ("Computer scientist Jeroen Baert explains how click workers label animal photos. According to him, the "
     "technology will never reach 90 percent perfection.\n", "90 percent", "conflicting"),
])
def test_a_figure_attributed_to_a_pronoun_leans_on_its_speaker_s_sentence(engine, text, figure, status):
    found = last_verdict(engine, text, figure)
    assert found and found[1:] == (status, "ai-not-100-percent-perfect")


@pytest.mark.parametrize("text, figure, status", [
    # A single value named as a range's end is that bound: the range's own end agrees, another does not.
    ("How many people train AI? At least 150 million, according to a recent World Bank estimate. The upper bound, "
     "430 million, would exceed the population of the United States.\n", "430 million", "supported"),
    ("The World Bank estimates that between 150 million and 430 million people do data work for AI. The upper "
     "bound, 500 million, is often quoted.\n", "500 million", "conflicting"),
    ("De Wereldbank schat dat 100 tot 400 miljoen mensen klikwerk doen; de bovengrens van 400 miljoen wordt vaak "
     "geciteerd.\n", "400 miljoen", "supported"),
])
def test_a_value_named_as_a_range_s_end_is_that_bound(engine, text, figure, status):
    found = last_verdict(engine, text, figure)
    assert found and found[1] == status


def test_what_a_sentence_says_before_its_statement_comes_before_the_sentence_before(engine):
    # The statement after the colon leans on the sentence before ("volgens hen"), but its place is said before the
    # colon: Davao, not the Cagayan de Oro of the sentence before.
    text = ("De Washington Post schreef over Cagayan de Oro, een kuststad in het zuiden van de Filipijnen. Daar werken "
            "duizenden jongeren dagelijks online voor Remotasks. In Davao, ruim 250 kilometer verderop, zien "
            "recruiters hetzelfde: ook daar werken volgens hen duizenden jongeren dagelijks online voor het "
            "platform.\n")
    found = [v for v in verdicts(engine, text) if v[0] == "duizenden"]
    assert [v[1] for v in found] == ["supported", "conflicting"]


@pytest.mark.parametrize("text, figure, statuses", [
    # A person's pronoun as the subject makes the person named before the figure's source: Gabriëls, not Baert.
    ("Tech philosopher Katleen Gabriëls of Maastricht University is more sceptical. She expects face recognition to "
     "stay wrong in 1 percent of cases, and argues that in medicine even an AI that is right 99 percent of the time is "
     "unacceptable.\n", "99 percent", ("conflicting", "unsourced")),
    ("Techniekfilosoof Katleen Gabriëls van de Universiteit Maastricht gaat verder. Zij vindt dat een AI die 99 "
     "procent "
     "van de tijd gelijk heeft, onaanvaardbaar is voor toepassingen in de zorg.\n", "99 procent",
     ("conflicting", "unsourced")),
    # ... and the claim's own speaker stays its source.
    ("Computer scientist Jeroen Baert is blunt. He argues that for other applications even an AI that is right 99 "
     "percent of the time is unacceptable.\n", "99 percent", ("supported",)),
    # ... but not one whose sentence passes on a named report: the report's bodies stay the source.
    ("- Our guest Mireille recaps the Time report on OpenAI's Kenyan moderators.\n- She recalls that those moderators "
     "had to read around 150 text passages a day.\n", "150", ("supported",)),
])
def test_a_person_s_pronoun_makes_the_person_before_the_source(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # "Another poll" gives the figure another source than the study of the sentence before.
    ("Seventy-seven percent of consumers want brand experiences tailored to their needs, according to a recent Adobe "
     "study. Another poll, published the same week, found that 77% of consumers want brand experiences personalised "
     "to their needs as well.\n", "77%", ("conflicting", "unsourced")),
    ("Volgens een recent onderzoek van Adobe wil 77 procent van de consumenten gepersonaliseerde merkervaringen. Een "
     "ander onderzoek kwam op 77 procent van de consumenten die gepersonaliseerde ervaringen willen.\n", "77 procent",
     ("conflicting", "unsourced")),
    # ... unless it names the claim's own source.
    ("A recent Adobe study found that 77% of consumers want brand experiences tailored to their needs. Another Adobe "
     "survey found the same 77% of consumers want personalised brand experiences.\n", "77%", ("supported",)),
])
def test_another_study_is_another_source_than_the_one_before(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure", [
    ("A recent Adobe study found that more than three in four consumers want brand experiences personalised to their "
     "needs. Our own 2024 shopper panel found that 77% of shoppers expect recommendations tailored to them.\n", "77%"),
    ("Uit ons eigen onderzoek blijkt dat 77 procent van de consumenten gepersonaliseerde merkervaringen wil.\n",
     "77 procent"),
    # A clause joined by "and" goes on with what the sentence's opening reports (nd319-007).
    ("In our own reader survey last spring (900 responses), 41% said they read the newsletter weekly, and more than "
     "three-quarters want brand experiences personalised to their needs.\n", "three-quarters"),
])
def test_our_own_study_is_no_source_of_the_registry(engine, text, figure):
    checked, _ = check_text(text, engine)
    verdict = [c.verdict for c in checked if c.occurrence.figure.text == figure][-1]
    assert verdict.status in ("conflicting", "unsourced")
    if verdict.status == "conflicting":
        assert "the draft to its writer's own" in verdict.message


# Found in review of this round's rules: each was reported supported (or, for the table, lost), and is not.
@pytest.mark.parametrize("text, figure, statuses", [
    ('According to the World Bank, between 150 million and 430 million people do data work for AI. The '
     'ILO, unlike the bank, says 100 to 400 million people work in the industry that trains AI as '
     'clickworkers.\n',
     '100 to 400 million', ('conflicting', 'unsourced')),
    ('According to the World Bank, between 150 million and 430 million people do data work for AI. '
     'Critics of the bank at the ILO say 100 to 400 million people now work in the industry that trains '
     'AI as clickworkers.\n',
     '100 to 400 million', ('conflicting', 'unsourced')),
    ('Volgens de Wereldbank verdienen wereldwijd tussen de 150 en 430 miljoen mensen geld met online '
     'klussen. De IAO, een criticus van de bank, schat dat er 100 tot 400 miljoen mensen in de '
     'AI-industrie werken als klikwerkers.\n',
     '100 tot 400 miljoen', ('conflicting', 'unsourced')),
    ('## Uganda\n\nOpenAI first hired Kenyan contractors through Sama to label toxic content for ChatGPT. '
     'Local moderators, who owe their jobs to them, were paid less than 2 dollars an hour.\n',
     '2 dollars an hour', ('conflicting', 'unsourced')),
    ('## Oeganda\n\nOpenAI huurde eerst Keniaanse moderatoren in via Sama om ChatGPT schoon te houden. '
     'Lokale moderatoren, die volgens hun eigen vakbond slecht betaald worden, kregen minder dan 2 dollar '
     'per uur.\n',
     '2 dollar per uur', ('conflicting', 'unsourced')),
    ('## Brazil\n\nCasilli studied data workers in Madagascar for years. Workers in the study that '
     'reported to him earned about 90 to 100 euros a month.\n',
     '90 to 100 euros a month', ('conflicting', 'unsourced')),
    ('## A recent Adobe study on consumers and personalized brand experiences\n\nMarketers in Las Vegas '
     'reacted quickly. Ads mean little to them: 77% would pay extra for an ad-free version.\n',
     '77%', ('unsourced',)),
    ('Sama also ran an office in Uganda. Its staff, who in Kenya would read 250 passages a day, read 150 '
     'text passages a day there for OpenAI.\n',
     '150', ('conflicting', 'unsourced')),
    ('Researchers Scale AI hired in Nairobi are paid as little as $1.46/hour after tax.\n',
     '$1.46/hour', ('conflicting', 'unsourced')),
    ('Executives Adobe Analytics polled: 77% want brand experiences personalized to their needs.\n',
     '77%', ('conflicting', 'unsourced')),
    ('## What Silicon Valley AI Researchers Really Earn\n\nExploited and recruited from impoverished '
     'populations, they are paid as little as $1.46 per hour after tax.\n',
     '$1.46 per hour', ('conflicting', 'unsourced')),
    ('AI researchers who found jobs at the start-up are paid as little as $1.46/hour after tax.\n',
     '$1.46/hour', ('conflicting', 'unsourced')),
    ('A recent World Bank estimate puts the number of people doing data work for AI at 430 million, well '
     'above the upper bound of earlier studies.\n',
     '430 million', ('conflicting',)),
    ('Well above the upper bound of earlier studies, 430 million people do data work for AI, according to '
     'a recent World Bank estimate.\n',
     '430 million', ('conflicting',)),
    ('More than 2 million people in the workforce of Kenya do click work for AI, the government estimates.\n',
     '2 million', ('conflicting', 'unsourced')),
    ('Full-time data workers in Dutch Limburg earned about 90 to 100 euros a month, Casilli found.\n',
     '90 to 100 euros a month', ('conflicting', 'unsourced')),
    ('Voltijdse datawerkers in het Frans-Guyanese binnenland verdienden ongeveer 90 tot 100 euro per '
     'maand, aldus Casilli.\n',
     '90 tot 100 euro per maand', ('conflicting', 'unsourced')),
    ('Kenyan moderators hired by OpenAI:\n\n| Hourly pay (US$) | Text passages read |\n| --- | --- |\n| '
     'under 2 | 150 |\n',
     '150', ('supported',)),
    ('| Click workers (millions) | Share of Filipinos doing click work for AI |\n| --- | --- |\n| more '
     'than 2 | 2 |\n',
     '2', ('conflicting', 'unsourced')),
    ('Over 60% of what the Democratic Republic of Congo exports is cobalt, mined in perilous conditions.\n',
     '60%', ('unsourced', 'conflicting')),
    ('A recent Cavendish study found that 77% of consumers want brand experiences personalized to their needs.\n',
     '77%', ('conflicting', 'unsourced')),
])
def test_this_round_s_rules_read_no_more_than_they_say(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, status", [
    # A clause that says none of the claim's words leans on the sentence before only when that sentence says some:
    # a heading alone does not make "77% would pay extra" Adobe's.
    ("## A recent Adobe study on consumers and personalized brand experiences\n\nMarketers in Las Vegas reacted "
     "quickly. According to her, 77% would pay extra for an ad-free version.\n", "unsourced"),
    ("Adobe asked consumers about brand experiences tailored to their needs. According to her, 77% want them "
     "personalized.\n", "supported"),
])
def test_a_sentence_leaned_on_must_say_the_claim_s_words(engine, text, status):
    assert verdicts(engine, text)[-1][1] == status


# Found in the second review: each read a rule of this round too widely (or, for p7, a pronoun is read by its
# sentence's subject, not by gender: left as it is).
@pytest.mark.parametrize("text, figure, statuses", [
    ('A survey published by Salesforce found that 77% of consumers want brand experiences to be '
     'personalised.\n',
     '77%', ('conflicting', 'unsourced')),
    ('New figures published by Salesforce last week show that 77% of consumers want brand experiences to '
     'be personalised.\n',
     '77%', ('conflicting', 'unsourced')),
    ('A 2023 survey of 14,300 shoppers, published by Salesforce, found that 77% of consumers want brand '
     'experiences to be personalised.\n',
     '77%', ('conflicting', 'unsourced')),
    ('Casilli onderzocht ook datawerkers in Venezuela. Daar verdienden ze nog minder dan in Madagaskar: '
     'ongeveer 90 tot 100 euro per maand voor een voltijdse baan.\n',
     '90 tot 100', ('conflicting', 'unsourced')),
    ("Casilli onderzocht ook datawerkers in Venezuela. Ze hadden het zwaarder dan hun collega's in "
     "Madagaskar: een voltijdse baan leverde er ongeveer 90 tot 100 euro per maand op.\n",
     '90 tot 100', ('conflicting', 'unsourced')),
    ('Casilli also studied data workers in Venezuela. Unlike their peers in Madagascar, they had no '
     'contract; a full-time job brought in about 90 to 100 euros a month.\n',
     '90 to 100', ('conflicting', 'unsourced')),
    ('Casilli also studied data workers in Venezuela. They earned even less than in Madagascar: about 90 '
     'to 100 euros a month for a full-time job.\n',
     '90 to 100', ('conflicting', 'unsourced')),
    ('Salesforce surveyed shoppers in twelve countries last year. They went further than Adobe did; 77% '
     'of consumers want brand experiences to be personalised, the firm found.\n',
     '77%', ('conflicting', 'unsourced')),
    ("Time magazine found that OpenAI's moderators in Kenya read graphic texts all day. Their colleagues, "
     "residents of Uganda, were paid less than 2 dollars an hour.\n",
     '2 dollars', ('conflicting', 'unsourced')),
    ("Time ontdekte dat moderatoren van OpenAI in Kenia de hele dag gruwelijke teksten lazen. Hun "
     "collega's, inwoners van Oeganda, kregen minder dan 2 dollar per uur.\n",
     '2 dollar', ('conflicting', 'unsourced')),
    ('The International Monetary Fund published its own study of click work in late 2023. A year earlier, '
     'the fund had estimated that 100 to 400 million people work in the industry that trains AI.\n',
     '100 to 400', ('conflicting', 'unsourced')),
    ('The World Bank published its estimate last year. It is far wider than a separate estimate from 2019 '
     'and puts the number of people doing data work for AI at between 150 million and 430 million.\n',
     '150 million', ('supported',)),
    ('The World Bank has published a new estimate. Compared with different estimates from earlier years, '
     'it says between 150 million and 430 million people do data work for AI.\n',
     '150 million', ('supported',)),
    ('Casilli baseert zich op recente schattingen van de Wereldbank. Volgens die cijfers, die hoger '
     'liggen dan andere schattingen, werken er 100 tot wel 400 miljoen mensen in deze industrie.\n',
     '100 tot', ('supported',)),
    ('Casilli relies on recent estimates by the World Bank. Those figures, higher than a separate '
     'estimate from 2019, put the number of people working in the industry that trains AI at 100 to 400 '
     'million.\n',
     '100 to 400', ('supported',)),
    ('Antonio Casilli has studied data workers for a decade. The sociologist teaches at the Institut '
     'Polytechnique de Paris. He says millions of people are needed to train AI.\n',
     'millions', ('supported',)),
    ('Antonio Casilli bestudeert al tien jaar datawerkers. De socioloog is hoogleraar aan het Institut '
     'Polytechnique de Paris. Hij zegt dat er miljoenen mensen nodig zijn om AI te trainen.\n',
     'miljoenen', ('supported',)),
    ('Computer scientist Jeroen Baert explains how the labelling works. He spent years at Google before '
     'moving to Belgium. He says AI can tell a cat from a dog 99 percent of the time.\n',
     '99 percent', ('supported',)),
    ('In Manila itself, officials say that more than 2 million Filipinos are involved in click work for '
     'AI.\n',
     '2 million', ('supported',)),
    ('The government in Manila itself estimates that more than 2 million people in the Philippines are '
     'involved in click work.\n',
     '2 million', ('supported',)),
    ("In Manila zelf zeggen ambtenaren dat meer dan 2 miljoen Filipino's betrokken zijn bij klikwerk voor "
     "AI.\n",
     '2 miljoen', ('supported',)),
    ('Unlike the Philippines, where the government counts more than 2 million click workers, Indonesia '
     'keeps no count.\n',
     '2 million', ('supported',)),
    ('| Estimate (millions of people) | World Bank, as Casilli cites it |\n| --- | --- |\n| People doing '
     'AI data work in 2023 | 100–400 |\n',
     '100–400', ('supported',)),
    ('| Estimate (millions of people) | World Bank, as Casilli cites it |\n| --- | --- |\n| 2023 estimate '
     'of people doing AI data work | 100–400 |\n',
     '100–400', ('supported',)),
    ('Katleen Gabriëls is more sceptical than Jeroen Baert. She argues that AI can tell a cat from a dog '
     '99 percent of the time.\n',
     '99 percent', ('conflicting', 'unsourced')),
    ('Ethicus Katleen Gabriëls is sceptischer dan Jeroen Baert. Zij vindt dat AI 99 procent van de tijd '
     'een kat van een hond kan onderscheiden.\n',
     '99 procent', ('conflicting', 'unsourced')),
])
def test_this_round_s_rules_read_no_more_than_they_say_second_review(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, status", [
    # A person's pronoun reporting in a parenthesis ("In Madagascar, he found, …") is the person opening the sentence
    # before, not the organisation whose estimate that person cited there.
    ("Professor Antonio Casilli cites World Bank estimates that 100 to 400 million people now work in this industry. "
     "In Madagascar, he found, full-time data workers earned around 90–100 euros a month.\n",
     "90–100 euros a month", "supported"),
    ("Hoogleraar Antonio Casilli haalt schattingen van de Wereldbank aan: 100 tot 400 miljoen mensen. In Madagaskar, "
     "ontdekte hij, verdienden fulltime datawerkers zo'n 90 tot 100 euro per maand.\n",
     "90 tot 100 euro per maand", "supported"),
    # Another person's report is still another's.
    ("Professor Antonio Casilli cites World Bank estimates that 100 to 400 million people now work in this industry. "
     "In Madagascar, Jane Doe found, full-time data workers at Acme earned around 90–100 euros a month.\n",
     "90–100 euros a month", "conflicting"),
])
def test_a_person_reporting_in_a_parenthesis_is_the_one_named_before(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == status


@pytest.mark.parametrize("text, figure", [
    # A person's pronoun and others as the subject ("He and his colleagues") are a group one of whom the sentence
    # before names; the writer reporting it in a parenthesis is no source of another organisation's.
    ("Teodora Vasquez-Lind opens her book in Nairobi, where a young man reads the texts OpenAI's contractor needed "
     "labelled before ChatGPT could be let loose. He and his colleagues, she writes, were paid less than $2 an hour.\n",
     "$2 an hour"),
    ("Teodora Vasquez-Lind opent haar boek in Nairobi, waar een jongeman de teksten leest die de contractant van "
     "OpenAI liet labelen voor ChatGPT. Hij en zijn collega's, schrijft ze, kregen minder dan 2 dollar per uur.\n",
     "2 dollar per uur"),
])
def test_a_person_among_others_is_no_source(engine, text, figure):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == "supported"


@pytest.mark.parametrize("text, status", [
    # A count said of one organisation alone is no country's count.
    ("Op het platform Remotasks alleen al zijn meer dan 2 miljoen Filipino's actief als klikwerker, stelt het "
     "bedrijf.\n", "conflicting"),
    ("Remotasks alone employs more than 2 million Filipinos as click workers, the company says.\n", "conflicting"),
    # ... where the platform named in passing takes nothing from it.
    ("The Philippine government estimates that more than 2 million people are involved in click work for platforms "
     "such as Remotasks.\n", "supported"),
])
def test_a_count_said_of_one_organisation_alone(engine, text, status):
    found = verdicts(engine, text)
    assert found[-1][1:] == (status, "philippines-click-workers")


def test_a_count_of_one_organisation_alone_names_the_difference(engine):
    checked, _ = check_text("Remotasks alone employs more than 2 million Filipinos as click workers.\n", engine)
    assert "not of Remotasks alone" in checked[-1].verdict.message


@pytest.mark.parametrize("text, status", [
    # A period said before the figure is its period: 150 passages a week is not the claim's 150 a day.
    ("Time onthulde dat OpenAI Keniaanse arbeiders inzette om schadelijke inhoud uit ChatGPT te filteren. Per week "
     "kregen ze zo'n 150 tekstfragmenten voorgelegd.\n", "conflicting"),
    ("Kenyan workers labelled harmful content for OpenAI's ChatGPT, Time reported. Every day, they read 150 text "
     "passages.\n", "supported"),
    # An article is no lead before a figure: "In a week where …".
    ("In a week where OpenAI's Kenyan workers labelled harmful content, they read 150 text passages a day.\n",
     "supported"),
])
def test_a_period_said_before_the_figure(engine, text, status):
    assert verdicts(engine, text)[-1][1:] == (status, "kenya-daily-passages")


@pytest.mark.parametrize("text, figure, status", [
    # A period naming the noun whose figure it is ("weekly quotas of …") is the figure's period: 150 passages a week are
    # not the claim's 150 a day.
    ("Reporting on OpenAI's Kenyan contractors documented hourly pay below $2 and weekly quotas of 150 text passages.\n",
     "150", "conflicting"),
    ("Time found that OpenAI's Kenyan moderators had a weekly reading quota of 150 text passages.\n", "150",
     "conflicting"),
    ("Volgens Time hadden de Keniaanse moderatoren van OpenAI een wekelijks quotum van 150 tekstfragmenten.\n", "150",
     "conflicting"),
    ("Time found that OpenAI's Kenyan moderators had a daily quota of 150 text passages.\n", "150", "supported"),
    ("Time found that OpenAI's Kenyan moderators earned an hourly wage of less than $2.\n", "$2", "supported"),
    ("Time found that OpenAI's Kenyan moderators earned a monthly wage of less than $2.\n", "$2", "conflicting"),
    # Not a period of another noun than the figure's: the lives are daily, the people are not counted per day.
    ("Time found that the daily work of OpenAI's Kenyan moderators was 150 text passages.\n", "150", "supported"),
])
def test_a_period_naming_the_figure_s_noun(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == status


@pytest.mark.parametrize("text, figure, status", [
    # The pay a sum's clause names with a period is paid per that period: a day's or a week's pay is no hourly pay, an
    # hourly wage no monthly one.
    ("Keniaanse arbeiders kregen van OpenAI een dagloon van minder dan 2 dollar.\n", "2 dollar", "conflicting"),
    ("Het uurloon van datawerkers in Madagaskar lag rond de 90 tot 100 euro.\n", "90 tot 100 euro", "conflicting"),
    ("Data labelers' weekly pay can be as little as $1.46 after tax.\n", "$1.46", "conflicting"),
    ("Full-time data workers in Madagascar earned an annual salary of about €90–100, Casilli found.\n", "€90–100",
     "conflicting"),
    # A label's period, with words after the figure too.
    ("Their monthly take-home pay: as little as $1.46 after tax for exploited data labelers.\n", "$1.46",
     "conflicting"),
    # A list's short lead-in over its items, as a column header.
    ("## Daily pay of data labelers\n\n1. Lowest: $1.46 after tax\n2. Typical: $3\n", "$1.46", "conflicting"),
    ("Hourly pay of data labelers:\n\n- Lowest: $1.46 after tax\n", "$1.46", "supported"),
    # ... not a long paragraph's, nor a period of another noun.
    ("## The weekly newsletter on AI labour\n\n- Exploited data labelers: as little as $1.46 an hour after tax\n",
     "$1.46", "supported"),
    # Not a pay's rise, nor a label's period of another noun.
    ("Data labelers who won an annual pay rise are still paid as little as $1.46 after tax, one article on AI's "
     "exploited labor found.\n", "$1.46", "supported"),
    ("Data labelers' pay, a weekly scandal: as little as $1.46 after tax, one article on AI's exploited labor found.\n",
     "$1.46", "supported"),
    ("Het maandloon van datawerkers in Madagaskar lag rond de 90 tot 100 euro.\n", "90 tot 100 euro", "supported"),
    # Not a name's period, nor one of a clause before the figure's complementiser.
    ("Daily Nation reported that Kenyan moderators for OpenAI were paid less than $2.\n", "$2", "supported"),
    ("The weekly magazine Time found that Kenyan moderators for OpenAI were paid less than $2.\n", "$2", "supported"),
])
def test_the_period_of_the_pay_a_sum_s_clause_names(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == status


@pytest.mark.parametrize("text, figure, status", [
    # nd220-002: a sum paid for a period's work after it has that period.
    ("2. **$1.46** — what some exploited data workers take home for a day's work, after tax\n", "$1.46", "conflicting"),
    ("Uitgebuite datawerkers houden na belasting amper 1,46 dollar over voor een dag werk.\n", "1,46 dollar",
     "conflicting"),
    # ... not a period of another clause, nor one of no work or pay.
    ("Exploited data workers are paid as little as $1.46 an hour after tax, a day's work paid in cents.\n", "$1.46",
     "supported"),
    ("Exploited data workers take home as little as $1.46 after tax, a day after the audit.\n", "$1.46", "supported"),
    # review-288: a word or "of" may stand between; a period said first is the sum's.
    ("Exploited data workers take home as little as $1.46 after tax for a full day's work.\n", "$1.46", "conflicting"),
    ("Exploited data workers take home as little as $1.46 after tax for a day of work.\n", "$1.46", "conflicting"),
    ("Uitgebuite datawerkers houden na belasting 1,46 dollar over voor een hele dag werk.\n", "1,46 dollar",
     "conflicting"),
    ("Exploited data workers are paid as little as $1.46 after tax for each hour of a day's work.\n", "$1.46",
     "supported"),
])
def test_a_sum_paid_for_a_period_s_work_has_that_period(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == status


@pytest.mark.parametrize("text, figure, status", [
    # A relative clause on the counted noun says its period: 150 passages a moderator was handed per week are not
    # the claim's 150 a day.
    ("Time reported that Kenyan moderators labelling data for OpenAI's ChatGPT were handed 150 text passages about "
     "abuse, murder and self-harm that each moderator had to read per week.\n", "150", "conflicting"),
    ("Volgens Time kregen Keniaanse moderatoren die voor OpenAI data labelden 150 tekstfragmenten over misbruik die "
     "elke moderator per week moest lezen.\n", "150", "conflicting"),
    ("Time reported that Kenyan moderators labelling data for OpenAI read 150 text passages that described abuse "
     "every day.\n", "150", "supported"),
    # Another figure's period is not the count's: the hour is what the $2 was paid per.
    ("Time reported that OpenAI's Kenyan contractors read 150 text passages a day, passages that paid them under $2 "
     "per hour.\n", "150", "supported"),
    ("Time reported that 150 text passages about abuse that Kenyan moderators read for under $2 per hour reached "
     "OpenAI each day.\n", "150", "supported"),
    # The period of another clause is not the relative clause's.
    ("Time reported that Kenyan moderators read 150 text passages for OpenAI that described abuse, and they were "
     "paid per hour.\n", "150", "supported"),
])
def test_a_relative_clause_says_the_period_of_its_noun(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == status


@pytest.mark.parametrize("text, figure, status", [
    # A share of the subject's own stock is no share of the world's: 100% of the cobalt in our packs is not the DRC's
    # share of the world's cobalt.
    ("Battery makers in Congo buy 35% of their cobalt through traders.\n", "35%", "unsourced"),
    # ... nor is a share of a country's own named back by its noun ("the country's output").
    ("Congo produces more than 60% of the world's cobalt. Artisanal miners, including children, dig 15% to 30% of the "
     "country's output, rights groups estimate.\n", "15% to 30%", "unsourced"),
    ("Congo levert 70 procent van ons kobalt.\n", "70 procent", "unsourced"),
    ("Roughly 40% of the cobalt we bought last year was of Congolese origin.\n", "40%", "unsourced"),
    ("Ruim 60 procent van het kobalt dat wij kopen komt uit Congo.\n", "60 procent", "unsourced"),
    ("The Democratic Republic of Congo produces over 60% of the world's cobalt. In 2024 we traced 100% of the cobalt "
     "in our lithium-ion packs back to the refiner.\n", "100%", "unsourced"),
    ("Cobalt remains our biggest risk. In 2024 we traced 100% of the cobalt in our lithium-ion packs back to the "
     "refiner, and the DRC produces well over half of the world's cobalt.\n", "100%", "unsourced"),
    # ... and a firm's own, named as the subject of a clause on the stock's noun ...
    ("He added that over 60% of the cobalt in the batteries Wearmet receives can be traced to Congolese mines.\n",
     "60%", "unsourced"),
    ("Over 60% of the cobalt Glencore mines comes from Congo.\n", "60%", "unsourced"),
    # ... not a third person's sample, which may be the one a claim counts.
    ("Adobe found that 77% of the consumers they surveyed want brand experiences personalized.\n", "77%",
     "supported"),
    ("77% of the consumers Adobe surveyed want brand experiences personalized to their needs.\n", "77%", "supported"),
    # ... nor any other claim's share: half of our customers are no consumers a survey asked.
    ("Bijna de helft van onze klanten wil gepersonaliseerde merkervaringen, net als in het onderzoek van Adobe.\n",
     "de helft", "unsourced"),
    # ... as the world's stock is the world's.
    ("Congo produces 70% of the world's cobalt.\n", "70%", "supported"),
    ("Ruim 60 procent van het kobalt in onze batterijen komt uit Congo.\n", "60 procent", "supported"),
    # What a thing contains, with no "of" phrase, is its make-up (nd283-020); not with one.
    ("Het toestel bevat daarom 40 procent gerecycled kobalt.\n", "40 procent", "unsourced"),
    ("The new battery contains more than 60% cobalt mined in the DRC.\n", "60%", "unsourced"),
    ("Congo, whose mines contain vast reserves, produces over 60% of the world's cobalt.\n", "60%", "supported"),
    ("The battery's cathode consists of more than 60% cobalt from the DRC.\n", "60%", "unsourced"),
    # ... not a share a relative clause's verb of containing follows (review-401).
    ("According to an Adobe study, 77% want brand experiences that contain personalized recommendations.\n", "77%",
     "supported"),
    ("Volgens onderzoek van Adobe wil 77 procent merkervaringen die persoonlijke aanbevelingen bevatten.\n",
     "77 procent", "supported"),
])
def test_a_share_of_a_possessor_s_own_stock_is_no_share_of_the_world_s(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == status


@pytest.mark.parametrize("text, figure, status", [
    # Found in the third review. A city's claim may be about the organisation said alone; a country's is not.
    ("Remotasks alone employs thousands of young people in Cagayan de Oro.\n", "thousands", "supported"),
    ("Voor Remotasks alleen al werken in Cagayan de Oro duizenden jongeren dagelijks online.\n", "duizenden",
     "supported"),
    # A period only opens the sentence: "paid per hour" is another verb's.
    ("Kenyan moderators paid per hour read 150 text passages about abuse for OpenAI.\n", "150", "supported"),
    ("Each week, Kenyan workers labelling content for OpenAI read 150 text passages about abuse.\n", "150",
     "conflicting"),
    # A nationality after "that" takes nothing from the place before it.
    ("In Madagascar, Casilli found that workers for French AI companies earned about 90 to 100 euros a month for a "
     "full-time job.\n", "90 to 100 euros a month", "supported"),
    ("Kenyan workers told Time that the American firm OpenAI paid them less than 2 dollars an hour.\n",
     "2 dollars an hour", "supported"),
])
def test_this_round_s_rules_read_no_more_than_they_say_third_review(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == status


def test_a_count_of_one_organisation_alone_is_named_without_its_preposition(engine):
    checked, _ = check_text("For Remotasks alone, more than 2 million Filipinos do click work.\n", engine)
    assert "not of Remotasks alone" in checked[-1].verdict.message


@pytest.mark.parametrize("text, figure, statuses", [
    # A table row whose label says enough, and none of a claim's words, is not the claim's row, whatever the
    # table's heading says.
    ("## What an hour of AI data work pays\n\n| Worker | Hourly pay (US$) |\n| --- | --- |\n"
     "| Data labellers from impoverished populations, after tax | 1.46 |\n"
     "| This newsletter's freelance fact-checkers | 35 |\n",
     "35", ("unsourced",)),
    ("## What an hour of AI data work pays\n\n| Worker | Hourly pay (US$) |\n| --- | --- |\n"
     "| Data labellers from impoverished populations, after tax | 1.46 |\n"
     "| This newsletter's freelance fact-checkers | 35 |\n",
     "1.46", ("supported",)),
    # A subject placed by "there" is of the place named before, not of the places an attribution after it names.
    ("Like many French AI suppliers, Annotix sends much of its work to Madagascar. Full-time data workers there earned "
     "about €90 to €100 a month, sociologist Antonio Casilli found in a study of four countries that also covered "
     "Venezuela, Brazil and France.\n",
     "€90 to €100", ("supported",)),
    # A row's label says what a sum measures: rent is no one's pay, under a heading that names the claim's place.
    ("## Madagaskar: werk voor Franse AI-bedrijven\n\nIn Madagaskar verdienden datawerkers met een fulltime baan "
     "ongeveer 90 tot 100 euro per maand.\n\n| Vaste lasten in Antananarivo | Per maand (euro) |\n| --- | --- |\n"
     "| Huur van een kamer | 60 |\n",
     "60", ("unsourced",)),
    # A row's label cell says a currency and a period as a header would ("maandloon": pay per month).
    ("| Land | Wat | Cijfer |\n| --- | --- | --- |\n| Madagaskar | maandloon fulltime datawerker (euro) | 90–100 |\n",
     "90–100", ("supported",)),
    # The city a report was filed from is no place of a figure said of the world, nor of another country's claim.
    ("WASHINGTON (AP) — Somewhere between 150 million and 430 million people now label images and transcribe audio "
     "so that artificial intelligence systems can learn, a World Bank estimate says.\n",
     "150 million and 430 million", ("supported",)),
    ("MANILA (AP) — Kenyan workers hired to keep harmful content out of ChatGPT were paid less than $2 an hour.\n",
     "$2 an hour", ("supported",)),
    ("MANILA (AP) — Workers hired to keep harmful content out of ChatGPT were paid less than $2 an hour.\n",
     "$2 an hour", ("conflicting", "unsourced")),
    # A count of countries is no figure said of the world the sentence before names: the countries are what it counts.
    ("Volgens de Wereldbank werken wereldwijd 100 tot 400 miljoen mensen als klikwerker, zei Antonio Casilli. Hij "
     "onderzocht de arbeidsomstandigheden van datawerkers in vier landen.\n",
     "vier", ("supported",)),
    ("De nieuwe Europese AI-wet zwijgt over de mensen die AI-systemen trainen. Dat zegt socioloog Antonio Casilli, die "
     "de arbeidsomstandigheden van datawerkers in vier landen onderzocht: Venezuela, Madagaskar, Brazilië en "
     "Frankrijk.\n",
     "vier", ("supported",)),
    ("Antonio Casilli studied the working conditions of data workers in four African countries.\n",
     "four", ("conflicting", "unsourced")),
    # "here" in a dateline story is the dateline's city: a place an aside names is no other.
    ("CAGAYAN DE ORO, Philippines (AP) — More than two million Filipinos are now involved in click work for "
     "artificial intelligence, the Philippine government estimates, and this southern port city has become a hub for "
     "it. Thousands of young people here log on every day as freelancers for Remotasks, a platform owned by San "
     "Francisco-based Scale AI, the Washington Post reported.\n",
     "Thousands", ("supported",)),
    # A wire agency in a dateline only reports: it is no other source than the claim's.
    ("ANTANANARIVO (AFP) - Young graduates in Madagascar's capital annotate video frames for a French start-up, "
     "earning roughly 90 to 100 euros a month for a full-time job, said Antonio Casilli, who has studied data "
     "workers in four countries.\n",
     "90 to 100", ("supported",)),
    # "onderzoek" (a study) is no researcher: Time's study of the Kenyan workers is not the researchers' salaries.
    ("NAIROBI (ANP) - Een groep Keniaanse moderatoren die voor OpenAI schadelijke inhoud uit ChatGPT filterden, "
     "stapt naar de rechter. Volgens een onderzoek van het weekblad Time kregen de werkers minder dan 2 dollar per "
     "uur.\n",
     "2 dollar", ("supported", "unsourced")),
    # "thousands of young people" counts people, as "thousands of young Filipinos" does.
    ("CAGAYAN DE ORO, Philippines (AP) — In cramped internet cafes across this southern port city, thousands of "
     "young Filipinos log on every day to draw boxes around cars for Remotasks, a work platform owned by Scale AI.\n",
     "thousands", ("supported",)),
    # What a sentence says before its colon is its subject, nearer than the sentence its "hetzelfde" leans on.
    ("In de Filipijnen zijn er volgens de overheid ruim twee miljoen mensen bij klikwerk betrokken. De Indiase "
     "overheid komt op precies hetzelfde aantal: meer dan 2 miljoen mensen in het land doen er klikwerk.\n",
     "2 miljoen", ("conflicting", "unsourced")),
    # ... but a place it compares with is not the figure's.
    ("Casilli also studied data workers in Venezuela. They had it harder than their peers in Madagascar: a "
     "full-time job brought in about 90 to 100 euros a month.\n",
     "90 to 100", ("conflicting", "unsourced")),
    # A comparison that opens the sentence names another group and place than the figure's, after its comma.
    ("Unlike the AI researchers in Silicon Valley who command six-figure salaries, the people who label their "
     "training data are often recruited from impoverished communities and paid as little as $1.46 an hour after "
     "tax.\n",
     "$1.46 an hour", ("supported",)),
    # The one a speaker tells only reports: "zei hij tegen de NOS" is Casilli's figure, not the NOS's.
    ("Casilli onderzocht datawerkers in vier landen, waaronder Madagaskar. \"Daar verdienden mensen met een fulltime "
     "baan ongeveer 90 tot 100 euro per maand\", zei hij tegen de NOS.\n",
     "90 tot 100", ("supported",)),
    ("Casilli studied data workers in four countries. In Madagascar, full-time workers earned about 90 to 100 euros "
     "a month, he said to the BBC.\n",
     "90 to 100", ("supported",)),
    # A group named back by a general noun ("de werkers", "these workers") leans on the sentence that named it ...
    ("Een groep Keniaanse moderatoren die voor OpenAI schadelijke inhoud uit ChatGPT filterden, stapt naar de "
     "rechter. Volgens een onderzoek van het weekblad Time kregen de werkers minder dan 2 dollar per uur.\n",
     "2 dollar", ("supported",)),
    # ... but not one a clause after it says which: these people are not the AI researchers.
    ("In Silicon Valley, AI researchers are paid six-figure salaries, while the people who label the data their "
     "models learn from may earn as little as $1.46 an hour after tax.\n",
     "$1.46", ("supported",)),
    # A share of what the claim names only after its figure's clause ("…, for lithium-ion batteries") is no share it
    # gives, whatever its keywords say; a share of what it measures, in either language, is.
    ("The DRC also makes over 60% of the world's lithium-ion batteries, a campaign leaflet claimed.\n",
     "60%", ("unsourced", "conflicting")),
    ("More than 60 per cent of all cobalt mined on the planet is dug up in the Democratic Republic of Congo.\n",
     "60 per cent", ("supported",)),
    ("Meer dan zestig procent van al het kobalt ter wereld komt uit de Democratische Republiek Congo.\n",
     "zestig procent", ("supported",)),
    # "there" after what it places names the place the sentence gave before it ...
    ("Cagayan de Oro, a port city on the southern island of Mindanao, is an unlikely hub for the trade, yet the "
     "Washington Post found thousands of young people there logging on every morning to annotate images for "
     "Remotasks.\n",
     "thousands", ("supported",)),
    # A continent holding the claim's country is another place: Africa's share is not the DRC's.
    ("Afrika levert bovendien meer dan 60 procent van het wereldwijde kobalt, dat in de mijnen vaak door kinderen "
     "wordt gedolven.\n",
     "60 procent", ("conflicting", "unsourced")),
    # Sources that disagree: a figure agreeing with one is supported by it, whichever's words the sentence shares
    # more ("wereldwijd" is the English claim's "worldwide", "100 tot 400 miljoen" the Dutch interview's range).
    ("Wereldwijd gaat het volgens de Wereldbank om 100 tot 400 miljoen mensen.\n",
     "100 tot 400 miljoen", ("supported",)),
    # "daar" among a sentence's first words leans on the sentence before, for its place.
    ("In Madagaskar besteden Franse AI-bedrijven hun werk uit aan jongeren. Wie daar fulltime voor zo'n bedrijf "
     "werkte, hield er volgens Casilli minder dan 50 euro per maand aan over.\n",
     "50 euro", ("conflicting",)),
    # "the company", "het bedrijf" name back the organisation of the sentence before, even one opening it.
    ("OpenAI kept the worst of the internet out of ChatGPT by relying on workers in Kenya. The company had them "
     "label violent and abusive text for less than $2 an hour.\n",
     "$2 an hour", ("supported",)),
    # ... its subject, not another it names: Remotasks's figure is not the World Bank's.
    ("Remotasks criticised the World Bank. The company says between 150 million and 430 million people do such "
     "work.\n",
     "150 million", ("conflicting", "unsourced")),
    ("Adobe peilde onlangs wat consumenten van merken verwachten. Volgens het bedrijf wil ruim driekwart van hen "
     "een merkervaring die is afgestemd op hun eigen behoeften.\n",
     "driekwart", ("supported",)),
    # The media noun after a name makes it a reporter only after a verb of speech: a Salesforce blog is a source.
    ("A Salesforce blog found that 77% of consumers want brand experiences to be personalised.\n",
     "77%", ("conflicting", "unsourced")),
    # Dutch "dan" compares only after a comparative: "Neem dan de mijnen in Zambia" names Zambia's mines.
    ("Neem dan de mijnen in Zambia: die produceren ruim 60 procent van het kobalt in de wereld.\n",
     "60 procent", ("conflicting", "unsourced")),
])
def test_news_dev30_to_32_rules(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A place the reported clause names is its figure's; one before it is where the speaker is.
    ("A trader in Lubumbashi insisted to us that Zambia produces over 60% of the world's cobalt.\n",
     "60%", ("conflicting", "unsourced")),
    ("Een handelaar in Lubumbashi hield vol dat Zambia meer dan 60 procent van het kobalt in de wereld "
     "produceert.\n",
     "60 procent", ("conflicting", "unsourced")),
    ("Reporters in Manila were told that OpenAI's Kenyan contractors earned less than $2 an hour.\n",
     "$2 an hour", ("supported",)),
    # ... after a word or two that open its subject ("neighbouring Zambia", "buurland Zambia") ...
    ("A trader in Lubumbashi claims that neighbouring Zambia produces more than 60 per cent of the world's cobalt.\n",
     "60 per cent", ("conflicting",)),
    ("Een handelaar in Lubumbashi beweert dat buurland Zambia 'meer dan 60 procent van het wereldwijde kobalt' "
     "produceert.\n",
     "60 procent", ("conflicting",)),
    # ... not a place's adjective, nor a place that describes a body or people after it: the workers are where the
    # speaker is (review-332) ...
    ("A moderator in Nairobi said that the American firm OpenAI had paid them less than $2 an hour.\n",
     "$2 an hour", ("supported",)),
    ("Moderators in Kenya say that a San Francisco company paid them less than $2 an hour.\n",
     "$2 an hour", ("supported",)),
    ("Workers in Madagascar say France's AI firms paid them about €90 to €100 a month.\n",
     "€90 to €100 a month", ("supported",)),
    ("Data workers in Madagascar say Paris start-ups paid them 90 to 100 euros a month.\n",
     "90 to 100 euros a month", ("supported",)),
    ("Keniaanse moderatoren zeggen dat Amerikaanse bedrijven hun minder dan 2 dollar per uur betaalden.\n",
     "2 dollar per uur", ("supported",)),
    # ... nor where a bare verb of saying says it was said, nor a place the figure is compared with.
    ("A Filipino labour official says in Nairobi more than 2 million people in his country do click work.\n",
     "2 million", ("supported",)),
    ("A Kenyan moderator says the Philippines pays its click workers even less than the $2 an hour she earned.\n",
     "$2 an hour", ("supported",)),
    # A reported clause opening with a noun of country is of the country the speakers' city lies in.
    ("Miners in Kolwezi say the country produces more than 60 per cent of the world's cobalt.\n",
     "60 per cent", ("supported",)),
    ("Een handelaar in Lubumbashi beweert dat het land meer dan 60 procent van het wereldwijde kobalt produceert.\n",
     "60 procent", ("supported",)),
    ("Kolwezi produces more than 60 per cent of the world's cobalt.\n",
     "60 per cent", ("conflicting",)),
    # Not a country set beside it (review-332): "the country next door", "a neighbouring country", "het buurland".
    ("Traders in Lubumbashi say the country next door produces over 60% of the world's cobalt.\n",
     "60%", ("conflicting", "unsourced")),
    ("Traders in Lubumbashi say a neighbouring country produces over 60% of the world's cobalt.\n",
     "60%", ("conflicting", "unsourced")),
    ("Mijnwerkers in Kolwezi zeggen dat het buurland meer dan 60 procent van het kobalt levert.\n",
     "60 procent", ("conflicting", "unsourced")),
    ("Traders in Lusaka say the country produces over 60% of the world's cobalt.\n",
     "60%", ("conflicting",)),
    # A reported clause naming no place leaves the speaker's: the Indonesian government's estimate is Indonesia's.
    ("The Indonesian government estimates that more than 2 million people do online click work.\n",
     "2 million", ("conflicting", "unsourced")),
    # Where a speaker spoke is no place of a figure the speech gives its own source for ...
    ("Tijdens zijn lezing in Groningen zei hoogleraar Antonio Casilli dat er volgens recente schattingen van de "
     "Wereldbank 100 tot wel 400 miljoen mensen in deze industrie werken.\n",
     "100 tot wel 400 miljoen", ("supported",)),
    ("In Groningen, Antonio Casilli cites World Bank estimates of up to 400 million people working in the industry.\n",
     "400 million", ("supported",)),
    # ... also when the speaker is named after the figure ...
    ("Volgens recente schattingen van de Wereldbank werken er 100 tot wel 400 miljoen mensen in de industrie die AI "
     "traint, vertelde socioloog Antonio Casilli in Groningen.\n",
     "100 tot wel 400 miljoen", ("supported",)),
    ("World Bank estimates put the workforce at up to 400 million people, Antonio Casilli told an audience in "
     "Groningen.\n",
     "400 million", ("supported",)),
    # ... but is when the speech names none: the union's Lagos is the moderators'.
    ("In Lagos, union leaders say that moderators working for OpenAI earned less than $2 an hour.\n",
     "$2 an hour", ("conflicting", "unsourced")),
    ("Moderators working for OpenAI earned less than $2 an hour, union leaders said in Lagos.\n",
     "$2 an hour", ("conflicting", "unsourced")),
    # A noun phrase set beside the figure describes it: a place in it is not the figure's.
    ("The World Bank put the total between 150 and 430 million people, a range so wide that a labour economist in "
     "Geneva called it a confession.\n",
     "150 and 430 million", ("supported",)),
    ("The World Bank put the total between 150 and 430 million people, a range so wide that a labour economist in "
     "Geneva, Switzerland, called it a confession.\n",
     "150 and 430 million", ("supported",)),
    # ... an aside within it, or a participle, a subject or a function word after a comma, goes on within it
    # (review-300) ...
    ("The World Bank puts the number of online data workers at between 150 million and 430 million people, a range so "
     "wide that, in the words of one labour economist in Geneva, it is closer to a confession than an estimate.\n",
     "150 million and 430 million", ("supported",)),
    ("The World Bank put the total at between 150 million and 430 million people, a range so wide that economists, "
     "including one in Geneva, call it a confession.\n", "150 million and 430 million", ("supported",)),
    ("According to the World Bank, between 150 million and 430 million people, a range which, economists in Geneva say, "
     "is far too wide, now do data work.\n", "150 million and 430 million", ("supported",)),
    ("Between 150 million and 430 million people, a workforce that, by some counts, outnumbers everyone living in the "
     "United States, do data work for AI, the World Bank estimates.\n", "150 million and 430 million", ("supported",)),
    ("Over 60% of the world's cobalt, a metal that, in Zambia as in Congo, is often dug by hand, goes into batteries.\n",
     "60%", ("supported",)),
    # ... up to the comma that closes it: what follows is the figure's own predicate (nd225-005), opened by an adverb
    # too (review-301).
    ("Over 60% of the world's cobalt, the battery metal in every phone that runs a chatbot, now comes from Zambia.\n",
     "60%", ("conflicting", "unsourced")),
    ("Over 60% of the world's cobalt, the battery metal in every phone that runs a chatbot, in fact comes from Zambia.\n",
     "60%", ("conflicting", "unsourced")),
    ("More than 2 million people, a workforce that rivals the population of Manila, already do click work in Vietnam, "
     "its government estimates.\n", "2 million", ("conflicting", "unsourced")),
    ("Over 60% of the world's cobalt, the battery metal in every phone that runs a chatbot, at the moment comes from "
     "Zambia.\n", "60%", ("conflicting", "unsourced")),
    ("Over 60% of the world's cobalt, the battery metal in every phone that runs a chatbot, these days comes from "
     "Zambia.\n", "60%", ("conflicting", "unsourced")),
    ("Over 60% of the world's cobalt, a metal that phone makers cannot do without, is mined in Zambia, often by "
     "children.\n", "60%", ("conflicting", "unsourced")),
    ("Over 60% of the world's cobalt, the battery metal in every phone that runs a chatbot, comes from Zambia.\n",
     "60%", ("conflicting", "unsourced")),
    ("Meer dan 60% van het kobalt ter wereld, het metaal dat in elke telefoon zit, komt uit Zambia.\n",
     "60%", ("conflicting", "unsourced")),
    # Small cities are places: "six figures" in Eindhoven is not Silicon Valley's.
    ("In Eindhoven zouden AI-onderzoekers inmiddels salarissen van zes cijfers verdienen.\n",
     "zes cijfers", ("conflicting", "unsourced")),
])
def test_a_reported_clause_s_place_is_its_figure_s(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A clause after a colon that leans ("such workers") leans on the sentence before, as a sentence would.
    ("An MEP defending AI outsourcing told a panel on Thursday that data labellers in developing countries \"take home "
     "$14.60 an hour after tax\". The essay she named as her source says the opposite: such workers are paid as "
     "little as $1.46 an hour.\n",
     "$1.46", ("supported",)),
    # A person's pronoun gives the figure to the person before, not when the sentence itself cites a source.
    ("Casilli begint met de omvang van de sector. Hij haalt de Wereldbank aan: wereldwijd zouden tussen de 150 en "
     "430 miljoen mensen data labelen en annoteren voor AI.\n",
     "150 en 430", ("supported",)),
    # A group of the sentence leaned on is not the figure's when its own clause names its place.
    ("Dat er miljoenen mensen nodig zijn om AI te trainen, is volgens hem allang geen geheim, al reageren "
     "toezichthouders nauwelijks. Zijn team zag in Madagaskar dat een voltijdbaan slechts 90 tot 100 euro per maand "
     "opleverde.\n",
     "90 tot 100", ("supported",)),
    # A group named after the figure's comma is not its own: the researchers are what the pay is compared with.
    ("Many are recruited from impoverished communities and take home as little as $1.46 an hour after tax, a world "
     "away from the six-figure salaries of AI researchers in Silicon Valley.\n",
     "$1.46", ("supported",)),
])
def test_what_a_clause_leans_on(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A figure standing as a label before a colon is said of what the colon leads to.
    ("### AI's hidden workforce, in numbers\n\n- **Under $2 an hour**: what OpenAI paid the moderators in Ghana who "
     "cleaned up ChatGPT\n",
     "$2 an hour", ("conflicting", "unsourced")),
    ("### AI's hidden workforce, in numbers\n\n- **Under $2 an hour**: what OpenAI paid the moderators in Kenya who "
     "cleaned up ChatGPT\n",
     "$2 an hour", ("supported",)),
    # A person's possessive makes the figure the person's, not that of an organisation the person cited.
    ("Somewhere between 100 million and 400 million people now do this work, he said, citing recent World Bank "
     "estimates. His team spent months with microworkers in four countries and found that a full-time job in "
     "Madagascar brought in roughly €90 to €100 a month.\n",
     "€90 to €100", ("supported",)),
    # A statement naming no one after a colon is said by whom the sentence's lead names.
    ("Marketeers verwijzen graag naar onderzoek van Adobe, waaruit bleek dat ruim driekwart van de consumenten "
     "merkervaringen wil die zijn afgestemd op hun eigen behoeften. Deloitte kwam in een eigen enquête onder "
     "Nederlandse shoppers op precies hetzelfde uit: 77 procent wil een persoonlijke benadering van merken.\n",
     "77 procent", ("conflicting", "unsourced")),
    # A part of a population is the figure's when it names what the figure counts; a detail near it is not.
    ("A youth advocacy group went further this month, claiming that more than 2 million young Filipinos alone are "
     "involved in click work for AI.\n",
     "2 million", ("conflicting", "unsourced")),
    ("Kenyan workers hired by OpenAI were handed 150 text passages a day describing child abuse.\n",
     "150", ("supported",)),
])
def test_whose_figure_a_sentence_gives(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


def test_a_country_s_government_alone_is_the_country_s_source_not_a_part_of_it(engine):
    # "Remotasks alone" is one company's part of a country's count; "the Philippine government alone counts" is the
    # country's own count.
    text = ("Nobody knows precisely. The World Bank has estimated that between 100 million and 400 million people "
            "work in the industry, and the Philippine government alone counts more than 2 million click workers in "
            "its own country.\n")
    found = last_verdict(engine, text, "2 million", prefix=True)
    assert found and found[1] == "supported", found


def test_according_to_him_names_the_person_before_not_his_affiliation(engine):
    # "Volgens hem" gives the figure to the person the sentence before opens with; his affiliation in brackets and
    # the venue are not its source.
    text = ("Socioloog Antonio Casilli (Institut Polytechnique de Paris) spreekt op 20 november in het House of "
            "Connections in Groningen over de schaduwkant van kunstmatige intelligentie. Volgens hem zijn er miljoenen "
            "klikwerkers nodig om AI mogelijk te maken, al weet bijna niemand van hun bestaan.\n")
    found = last_verdict(engine, text, "miljoenen", prefix=True)
    assert found and found[1] == "supported", found


@pytest.mark.parametrize("text, figure, statuses", [
    # An answer leans on its question: the Kenyan moderators are the question's.
    ("**Hoeveel verdienden de Keniaanse moderatoren die ChatGPT moesten opschonen?**\n"
     "Minder dan twee dollar per uur, schreef Time in 2023.\n",
     "twee dollar", ("supported",)),
    ("**How much were the Kenyan moderators who cleaned up ChatGPT paid?** Less than two dollars an hour, Time "
     "reported.\n",
     "two dollars", ("supported",)),
    # ... but a question does not lean on the question before it.
    ("Does she accept that AI researchers at Silicon Valley corporations draw six-figure salaries? Can she also say why "
     "her department spent £2.3m on AI consultancy last year?\n",
     "£2.3m", ("unsourced",)),
])
def test_an_answer_leans_on_its_question(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # "An earlier estimate" refers back to the estimate before it: the World Bank's.
    ("De Wereldbank schat dat er inmiddels 100 tot wel 400 miljoen mensen werken in de industrie die AI traint; een "
     "eerdere schatting kwam nog uit op 150 tot 430 miljoen.\n",
     "150 tot 430 miljoen", ("supported",)),
    ("The World Bank now estimates that 150 to 430 million people do data work for AI; an earlier estimate put the "
     "number at 100 to 400 million.\n",
     "100 to 400 million", ("supported",)),
])
def test_what_a_statement_refers_back_to(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # The countries a count lists after its colon are its places, whatever the sentence names before.
    ("Speaking at the House of Connections in Groningen, sociologist Antonio Casilli described his research on data "
     "workers in four countries: Venezuela, Madagascar, Brazil and France.\n",
     "four", ("supported",)),
    ("Speaking in Groningen, sociologist Antonio Casilli described his research on data workers in four countries: "
     "Kenya, Uganda, Ghana and Nigeria.\n",
     "four", ("conflicting", "unsourced")),
])
def test_a_count_of_countries_is_of_the_countries_it_lists(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A heading that says whose figures follow names their source: the OECD's range is not the World Bank's ...
    ("## Wat de OESO zegt\n\nDe denktank van rijke landen houdt het op 100 tot 400 miljoen datawerkers wereldwijd.\n",
     "100 tot 400 miljoen", ("conflicting", "unsourced")),
    ("### Oracle-enquête: 77 procent wil maatwerk\n\nDe softwaremaker ondervroeg 5.000 consumenten in Europa. Van hen "
     "wil 77 procent dat merkervaringen zijn afgestemd op hun behoeften.\n",
     "77 procent", ("conflicting", "unsourced")),
    # ... and the World Bank's is: a heading's other capitals name no source.
    ("## Wat de Wereldbank zegt\n\nTussen 150 en 430 miljoen mensen labelen wereldwijd beelden, tekst en audio voor "
     "AI-systemen.\n",
     "150 en 430 miljoen", ("supported",)),
    ("## Three Questions For A Strathmore Researcher\n\n**How much were the Kenyan moderators who cleaned up ChatGPT "
     "paid?**\nUnder two dollars an hour, according to Time.\n",
     "two dollars", ("supported",)),
])
def test_a_heading_names_whose_figures_follow(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


# Figures said of Nigeria or Lagos that rules of where a speaker spoke, of appositions, asides and names closed by a
# place once read as Kenya's or the Philippines' (an independent review's drafts): never supported.
@pytest.mark.parametrize("text", [
    'In Nigeria, Casilli says, OpenAI paid workers less than 2 dollars an hour.',
    'In Nigeria, the government told Reuters that more than 2 million people are involved in click work for AI.',
    'Workers hired by OpenAI were paid less than 2 dollars an hour, the lowest wage in Nigeria.',
    'More than 2 million people are involved in click work for AI, the ministry of labour of Nigeria estimates.',
    'OpenAI paid workers less than 2 dollars an hour, a wage common in Nigeria.',
    'OpenAI, during its work in Nigeria, paid workers less than 2 dollars an hour, Time magazine reported.',
    'Meanwhile, working in Nigeria, content moderators hired by OpenAI were paid less than 2 dollars an hour.',
    'OpenAI, gevestigd in Nigeria, betaalde moderatoren minder dan 2 dollar per uur.',
    'The Government of Nigeria reports that more than 2 million people are involved in click work for AI.',
    'Statistics Nigeria reports that more than 2 million people are involved in click work for AI.',
    'The University of Lagos reports that workers hired by OpenAI were paid less than 2 dollars an hour.',
    'In an interview with the University of Lagos, moderators said OpenAI paid them less than 2 dollars an hour.',
    'Because of its publicity Sama paid Kenyan workers less than 2 dollars an hour, Time magazine reported.',
    'Door de elektriciteitsregio Sama betaalde Keniaanse werkers minder dan 2 dollar per uur.',
])
def test_another_place_is_never_read_away(engine, text):
    found = last_verdict(engine, text + "\n", "2 ", prefix=True)
    assert found and found[1] in ("conflicting", "unsourced"), found


@pytest.mark.parametrize("before, after, change", [
    ("Revenue rose ", " to $13.18 billion", True),
    ("Prices have fallen by more than ", " since 2022", True),  # the qualifier is the figure's; "by" leads it
    ("De prijs daalde met ruim ", " sinds 2022", True),
    ("Mwenza verhoogt zijn productiedoel voor dit jaar met ", " tot 18.000 ton", True),  # a verb's present tense
    ("Congo produces more than ", " of the world's cobalt", False),
    ("Ruim ", " van de consumenten wil maatwerk", False),
    # A comparative right after the figure: by how much one thing differs from another.
    ("Cobalt got about ", " cheaper last year", True),
    ("Kobalt werd vorig jaar ", " duurder", True),
    ("Congo's share is now ", ", higher than a decade ago", False),  # not right after it
])
def test_a_percentage_of_change(before, after, change):
    from factlint.check.context import is_change
    assert is_change(before, after) is change


def test_a_change_is_no_share(engine):
    # "more than half" of a fall in prices is no share of the world's cobalt.
    text = ("The DRC produces roughly 70% of the world's cobalt. Cobalt prices have fallen by more than half since "
            "2022.\n")
    assert last_verdict(engine, text, "half")[1] == "unsourced"


@pytest.mark.parametrize("text, figure, statuses", [
    # A statement after a colon naming no one is said of whom its sentence's lead names, before the sentence before.
    ("The moderators, who screened Facebook posts, were paid less than $2 an hour, counsel told the court. She "
     "reminded the judge that Time had found the same among the Kenyans Sama hired to filter ChatGPT for OpenAI: "
     "under $2 an hour, and 150 text passages a day.\n", "150", ("supported",)),
    # ... and so is one naming a body only after its figure, before the heading's place (nd335-011).
    ("# The contract that moved to Accra\n\nAfter Time's reporting, OpenAI's Kenyan moderators became a byword: less "
     "than $2 an hour to keep ChatGPT free of harmful content.\n", "$2 an hour", ("supported",)),
    ("# Het contract dat naar Accra verhuisde\n\nNa de onthulling van Time werden de Keniaanse moderatoren van OpenAI "
     "een begrip: minder dan 2 dollar per uur om ChatGPT vrij te houden van schadelijke inhoud.\n", "2 dollar per uur",
     ("supported",)),
    # ... not a statement with a subject of its own after its figure (review-89).
    ("The Philippines is only part of the picture: less than $2 an hour is what OpenAI's contractors were paid, Time "
     "reported.\n", "$2 an hour", ("supported",)),
    ("Wat de jongeren in Cagayan de Oro vertelden, was anders: 150 tekstfragmenten per dag lazen de moderatoren voor "
     "OpenAI.\n", "150", ("supported",)),
    # ... for its scope only: the lead's words are not the figure's.
    ("Vanaf 1 januari krijgen de werknemers van de gemeente 2 procent meer loon: ongeveer 90 euro per maand extra.\n",
     "90 euro per maand", ("unsourced",)),
    # The colon nearest the statement closes its lead, not a time stamp's before it; a heading's place does not
    # stand in for whom the lead names.
    ("# Live: Retail AI Summit, Amsterdam\n\n**Update, 09:50:** Oracle's chief marketing officer borrows the line: "
     "\"Our own survey found that 77% of consumers want experiences tailored to their needs.\"\n", "77%",
     ("conflicting", "unsourced")),
    # "wereldwijd" after the colon is what the figure counts across, no place of its own.
    ("Het Internationaal Monetair Fonds noemde in een werkdocument dezelfde orde van grootte: 100 tot 400 miljoen "
     "klikwerkers wereldwijd.\n", "100 tot 400 miljoen", ("conflicting", "unsourced")),
    # ... whoever it names, when the statement names a place but no one ("77 per cent of Irish shoppers …").
    ("A survey of 1,000 adults carried out for Retail Ireland went further: 77 per cent of Irish shoppers wanted brand "
     "experiences personalised to their needs.\n", "77 per cent", ("conflicting", "unsourced")),
])
def test_a_colon_lead_names_the_scope_of_what_follows(engine, text, figure, statuses):
    assert last_verdict(engine, text, figure)[1] in statuses


@pytest.mark.parametrize("after, places", [
    (" van de Congolese productie vandaan komt.", {"CD"}),
    (" of Kenya's click workers earn less.", {"KE"}),
    (" of the world's cobalt comes from the DRC.", set()),  # the noun phrase only: the DRC is the verb's
    # ... with a place its noun is in: "the cobalt in Europe's battery chain" is Europe's.
    (" van het kobalt in de Europese accuketen uit Congo.", {"150"}),
    (" of the cobalt in European battery chains comes from Congo.", {"150"}),
    (" of consumers want it.", set()),
    (" said they would pay.", set()),  # no "of" phrase
    # The phrase ends at a slash or a closing quote, not at a possessive's apostrophe (nd350-016).
    (" of the world's cobalt' / 'Congo levert meer dan de helft van het kobalt'.", set()),
    (" of the world’s known cobalt reserves.", set()),
    (" of the world's cobalt\" / \"het kobalt van Congo\"", set()),
])
def test_the_places_a_share_is_of(after, places):
    from factlint.check.context import whole_places
    assert whole_places(after) == places


@pytest.mark.parametrize("text, statuses", [
    # A share of the DRC's production is no share the DRC holds of the world's cobalt.
    ("Mijnwerkers in Kolwezi, waar volgens het provinciebestuur ruim 60 procent van de Congolese productie vandaan "
     "komt.\n", ("unsourced",)),
    ("Lualaba province accounts for over 60% of Congo's cobalt output.\n", ("unsourced",)),
    # ... where a share of the world's is.
    ("Over 60% of the world's cobalt comes from the DRC.\n", ("supported",)),
])
def test_a_share_of_the_claim_s_place_is_no_share_it_holds(engine, text, statuses):
    assert verdicts(engine, text)[-1][1] in statuses


@pytest.mark.parametrize("text, statuses", [
    # A share of a place's stock is no share of the world's ...
    ("Volgens handelsdata van analysebureau Cobaltrix komt ongeveer 70 procent van het kobalt in de Europese "
     "accuketen uit Congo.\n", ("unsourced",)),
    ("About 70% of the cobalt in European battery chains comes from Congo, trade data show.\n", ("unsourced",)),
    # ... as one of the world's is.
    ("Ruim 60 procent van het wereldwijde kobalt komt uit de Democratische Republiek Congo.\n", ("supported",)),
    ("More than 60% of cobalt worldwide comes from the DRC.\n", ("supported",)),
])
def test_a_share_of_a_place_s_stock_is_no_share_of_the_world_s(engine, text, statuses):
    assert verdicts(engine, text)[-1][1] in statuses


@pytest.mark.parametrize("text, statuses", [
    # A sum paid for what its clause did is read on its whole statement: the words between it and the figure before
    # are what was done ("text passages a day"), not what the sum is.
    ("OpenAI's Kenyan moderators read 150 text passages a day for less than $2 an hour.\n", ("supported",)),
    ("De Keniaanse moderatoren van OpenAI lazen 150 tekstfragmenten per dag met gruwelijke inhoud voor minder dan 2 "
     "dollar per uur.\n", ("supported",)),
    # ... which still says whose work it was.
    ("Uber drivers in Nairobi drove 150 kilometres a day for less than $2 an hour.\n", ("unsourced",)),
    # ... and not a sum of a clause of its own, nor one with no period.
    ("Kenyan moderators read 150 text passages a day; the canteen sold them lunch for $1.50.\n", ("unsourced",)),
    ("OpenAI's Kenyan moderators read 150 text passages a day and bought lunch for $1.50.\n", ("unsourced",)),
])
def test_a_sum_paid_for_what_its_clause_did_is_read_on_its_statement(engine, text, statuses):
    assert verdicts(engine, text)[-1][1] in statuses


def test_the_world_holds_no_share(engine):
    # "wereldwijd" is what the share is of; the country is the one the paragraph before names.
    text = ("Vandaag gaat het vooral om kobalt uit Congo.\n\nDat land levert ongeveer de helft van al het kobalt dat "
            "wereldwijd wordt gedolven, zegt een woordvoerder.\n")
    assert last_verdict(engine, text, "de helft")[1:] == ("conflicting", "drc-cobalt-share")


@pytest.mark.parametrize("text, possessive", [
    ("15:41 His own fieldwork took him to four countries.", True),  # a time stamp before it is no word
    ("His team found it.", True),
    ("Casilli's team found it.", False),
])
def test_a_sentence_opening_with_a_person_s_possessive(text, possessive):
    from factlint.check.context import _opens_with_possessive
    assert _opens_with_possessive(text) is possessive


# Drafts of the second review (2026-12-02): each puts a claim's figure on another place, organisation or source in a
# construction the session's reading rules touch (asides, "alongside", "not", "than", which-clauses, datelines, ledes).
SECOND_REVIEW = [
    "Content moderators in Nairobi earned about $3 an hour, working alongside Ugandan recruits paid less than $2 an hour to screen ChatGPT's output for OpenAI.\n",
    "De moderatoren in Nairobi verdienden zo'n 3 dollar per uur, naast Oegandese collega's die voor minder dan 2 dollar per uur de teksten van ChatGPT voor OpenAI moesten keuren.\n",
    "Yesterday, Oracle's survey of online shoppers, published in March, found that 77% of consumers want brand experiences personalised to their needs.\n",
    "On Tuesday, Oracle's annual survey of online shoppers, conducted in twelve markets, found that 77% of consumers want brand experiences personalised to their needs.\n",
    "Separately, Indonesia's labour statistics office, in a report published on Tuesday, estimated that more than 2 million people in the country do click work for AI platforms.\n",
    "Meanwhile, Uganda's content moderators on the same contract, recruited by Sama for OpenAI, were paid less than $2 an hour, Time reported.\n",
    "# Less than $2 an hour\n\nMeanwhile, Uganda's content moderators on the same contract, hired by Sama for OpenAI, tell a grim story.\n",
    "Did the World Bank's figure surprise anyone? Not the ILO, which puts the number of people doing data work for AI at between 150 million and 430 million.\n",
    "Whether or not Oracle's survey is representative, it found that 77% of consumers want brand experiences personalised to their needs.\n",
    'Verrast is in elk geval niet Oracle, dat in zijn eigen enquête vond dat 77 procent van de consumenten gepersonaliseerde merkervaringen wil.\n',
    'Shoppers care about personalisation more than Oracle expected: 77% of consumers in its survey want brand experiences tailored to their needs.\n',
    'Germany, which Oracle surveyed for the first time this year, stood out: 77% of consumers there want brand experiences personalised to their needs.\n',
    'Duitsland, dat Oracle dit jaar voor het eerst onderzocht, springt eruit: 77 procent van de consumenten daar wil gepersonaliseerde merkervaringen.\n',
    '## More than 2 million click workers\n\nJAKARTA — Indonesia now rivals the Philippines as a hub for AI data work, the government says.\n',
    'KAMPALA (AP) — Between 150 million and 430 million people do data work for AI, the government estimates.\n',
    "Just like Oracle's survey, which questioned shoppers in twelve markets, the new poll found that 77% of consumers want brand experiences personalised.\n",
]


@pytest.mark.parametrize("text", SECOND_REVIEW, ids=[t[:40] for t in SECOND_REVIEW])
def test_a_figure_said_of_another_is_never_supported(engine, text):
    assert "supported" not in [status for _, status, _ in verdicts(engine, text)][-1:]


@pytest.mark.parametrize("text, figure, status", [
    # A short question about someone named before by a pronoun goes on from the sentence before it: the answer is
    # read with both.
    ("Peter Otieno was one of the Kenyan moderators who labelled texts for OpenAI. What was he paid? 'Less than two "
     "dollars an hour,' he says.\n", "two dollars an hour", "supported"),
    ("Peter Otieno was een van de Keniaanse moderatoren die teksten voor OpenAI labelden. Hoeveel hij verdiende? "
     "'Minder dan twee dollar per uur,' zegt hij.\n", "twee dollar per uur", "supported"),
    # A question opening a paragraph asks afresh: an FAQ's answer names its own place.
    ("In the Philippines, the government estimates that more than 2 million people do this click work.\n\n**What do "
     "they earn?** In Madagascar, full-time workers earned about €90–100 a month.\n", "€90–100 a month", "supported"),
])
def test_an_answer_to_a_question_going_on_from_the_sentence_before(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == status


@pytest.mark.parametrize("text", [
    # A brief's title over its dateline is what the brief's first sentence is read with: its places and its names.
    "**Oracle poll: shoppers want it personal**\nNEW YORK (Reuters) - Some 77% of consumers want brand experiences "
    "personalised to their needs, the poll found.\n",
    "**Analist: Indonesië haalt Congo in**\nJAKARTA (ANP) - Indonesië produceert inmiddels meer dan 60 procent van het "
    "wereldwijde kobalt, stelt analist Bram Hoekstra.\n",
])
def test_a_brief_s_first_sentence_is_read_with_its_title(engine, text):
    assert [s for _, s, _ in verdicts(engine, text)] == ["conflicting"]


@pytest.mark.parametrize("text", [
    "Halden & Roe, a London consultancy, says 77 per cent of shoppers want brands to tailor what they see.\n",
    "Halden & Roe, een Londens adviesbureau, zegt dat 77 procent van de consumenten gepersonaliseerde merkervaringen "
    "wil.\n",
    # A name inside the aside says nothing: the OECD does.
    "The OECD, whose economists have questioned the World Bank's methods, estimates that between 150 million and 430 "
    "million people do such work.\n",
])
def test_a_name_that_says_it_past_an_apposition_is_its_source(engine, text):
    assert [s for _, s, _ in verdicts(engine, text)] == ["conflicting"]


@pytest.mark.parametrize("text", [
    "Wanjiru was hired in Nairobi by the contractor OpenAI used for this work. She says she was paid less than two "
    "dollars an hour.\n",
    "Wanjiru werd in Nairobi ingehuurd door de onderaannemer van OpenAI. Ze zegt dat ze minder dan twee dollar per uur "
    "kreeg.\n",
])
def test_a_person_telling_of_themselves_is_whom_the_figure_is_of(engine, text):
    # Not its source: her name is no organisation that differs from OpenAI's.
    assert [s for _, s, _ in verdicts(engine, text)] == ["supported"]


@pytest.mark.parametrize("text, status", [
    # Another survey's other finding, after a sentence restating a claim's, is no contradiction of the claim: its own
    # clause says another measure ...
    ("A 2022 survey by the research firm Norvale Insights found that 77% of consumers want brand experiences tailored "
     "to them. It also found that 41% had abandoned a purchase after an irrelevant recommendation.\n", "unsourced"),
    ("Marktpanel Noord vond dat 77 procent van de consumenten gepersonaliseerde merkervaringen wil, en dat 41 procent "
     "een aankoop afbrak na een irrelevante aanbeveling.\n", "unsourced"),
    # ... while the claim's own measure, said of another survey, still conflicts, as does a clause naming the figure
    # spoken of before.
    ("The World Bank estimates that between 150 million and 430 million people do data work for AI. Mr Lowe, for the "
     "Respondent, put it to her that the true number was nearer 43 million.\n", "conflicting"),
    # ... and a clause of few words of its own, cut by the attribution.
    ("Some 77% of consumers, according to Oracle, want brand experiences personalised to their needs.\n", "conflicting"),
    ("A 2022 survey by the research firm Norvale Insights found that 77% of consumers want brand experiences tailored "
     "to them.\n", "conflicting"),
])
def test_another_survey_s_other_finding_is_no_contradiction(engine, text, status):
    assert [s for _, s, _ in verdicts(engine, text)][-1] == status


@pytest.mark.parametrize("text, status", [
    # A share of what is used is no share of what is produced: batteries' share of cobalt demand is not Congo's
    # share of the world's output.
    ("Batteries account for 70% of cobalt demand.\n", ("unsourced",)),
    ("**Key figures**\n\n- Congo's share of world cobalt: about two-thirds\n- Batteries' share of cobalt demand, per "
     "Ridgeway: 70%\n", ("unsourced",)),
    ("Smartphones consume 70% of the world's cobalt.\n", ("unsourced",)),
    ("Batterijen zijn goed voor 70 procent van het kobaltverbruik.\n", ("unsourced",)),
    ("Het aandeel van batterijen in de vraag naar kobalt: 70 procent.\n", ("unsourced",)),
    # The claim's own measure, or none, is still its figure.
    ("Congo produces about 70% of the world's cobalt.\n", ("supported",)),
    ("Over 60% of the cobalt used in batteries comes from Congo.\n", ("supported",)),
    ("Congo produceert meer dan 60 procent van het kobalt, en de vraag groeit.\n", ("supported",)),
    ("Congo mines over 60% of the world's cobalt as battery demand soars.\n", ("supported",)),  # demand's own clause
    ("As demand for electric-car batteries surges, all eyes are on Congo, the source of over 60% of the world's "
     "cobalt.\n", ("supported",)),
    ("Congo supplies over 60% of cobalt, and demand keeps growing.\n", ("supported",)),
    ("Of global cobalt demand, Congo meets over 60%.\n", ("unsourced", "conflicting")),  # a fronted "of" phrase
])
def test_a_share_of_demand_is_no_share_of_output(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # The workers a claim's sum was paid are its keywords' kind of work when its statement says only "workers".
    ("Kenyan ride-hailing drivers also take home less than $2 an hour once fuel is paid.\n", "unsourced"),
    ("Ook Keniaanse theeplukkers verdienen volgens hun vakbond minder dan 2 dollar per uur.\n", "unsourced"),
    ("Kenyan data labellers hired by OpenAI through Sama were paid less than $2 an hour, Time reported.\n", "supported"),
    ("Keniaanse moderatoren kregen van OpenAI minder dan 2 dollar per uur.\n", "supported"),
])
def test_a_sum_paid_to_another_kind_of_worker(engine, text, status):
    assert [s for _, s, _ in verdicts(engine, text)] == [status]


def test_a_transcript_s_speaker_is_no_other_source(engine):
    text = ("HOST: Casilli deed zijn veldwerk in vijf landen, toch?\n\n"
            "GAST: Vier, eigenlijk. Venezuela, Madagaskar, Brazilië en Frankrijk.\n")
    assert [s for _, s, _ in verdicts(engine, text)] == ["conflicting", "supported"]


@pytest.mark.parametrize("before, after, inhabitants", [
    ("Madagascar, an island of some ", " people, full-time microworkers earned", True),  # a qualifier between
    ("een land met ruim ", " inwoners", True),
    ("Nigeria, a nation of ", ", has", True),  # no noun
    ("Cagayan de Oro, a coastal city of about ", " on Mindanao", True),  # no noun, a place's phrase
    ("een stad van ruim ", " aan de kust", True),
    ("Cagayan de Oro, a city with ", " of young click workers", False),  # a group counted there
    ("a country with more than ", " people doing click work", False),  # people said to do something
    ("a survey of ", " people", False),  # no place
])
def test_a_count_of_a_place_s_inhabitants(before, after, inhabitants):
    from factlint.check.context import is_inhabitants
    assert is_inhabitants(before, after) is inhabitants


@pytest.mark.parametrize("text, message", [
    ("We call on every AI company to pay its annotators no less than $5 an hour.\n",
     "a figure asked for, not said to be: no claim is compared"),
    ("Cobalt traded at $10 a pound, down from more than $40 in 2022.\n",
     "the level a change started from: no claim is compared"),
    ("Nigeria, a nation of 220 million, has few click workers.\n", "a place's population: no claim is compared"),
])
def test_the_message_says_why_a_figure_restates_no_claim(engine, text, message):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.message == message


def test_a_part_of_a_counted_whole_may_be_a_claims_count(engine):
    checked, _ = check_text("Casilli studied data workers in four of the five countries he first planned.\n", engine)
    part = next(c for c in checked if c.occurrence.figure.text == "four")
    assert (part.verdict.status, part.verdict.claim.id) == ("supported", "casilli-four-countries")  # review-75


def test_a_part_of_a_counted_whole_counts_nothing_of_its_own(engine):
    checked, _ = check_text("Casilli studied four countries. Two of the four countries are low-income.\n", engine)
    part = next(c for c in checked if c.occurrence.figure.text == "Two")
    assert (part.verdict.status, part.verdict.message) == (
        "unsourced", "a part of a count the sentence gives, no count of its own: no claim is compared")


@pytest.mark.parametrize(("text", "figure"), [
    # After a partitive relative, with its clitic, a count is a part of the one before it (nd320-014).
    ("Zelf sprak ik met acht microwerkers in Antananarivo, van wie er vijf in meer dan vier landen werkten.\n", "vijf"),
    ("I interviewed 9 data workers in Madagascar, of whom 4 had worked in several countries.\n", "4"),
])
def test_a_count_after_a_partitive_relative_is_a_part(engine, text, figure):
    checked, _ = check_text(text, engine)
    part = next(c for c in checked if c.occurrence.figure.text == figure)
    assert (part.verdict.status, part.verdict.message) == (
        "unsourced", "a part of the group named before it, no count of its own: no claim is compared")


@pytest.mark.parametrize("text, figure", [
    # A count with a scale or a noun after a partitive relative is compared for support (review-82).
    ("Click work employs millions worldwide, of whom 2 million are in the Philippines, the Philippine government "
     "estimates.\n", "2 million"),
    ("Time described the Kenyan moderators' workload, of which 150 text passages a day was the minimum.\n", "150"),
])
def test_a_counted_part_after_a_partitive_relative_may_be_a_claims(engine, text, figure):
    checked, _ = check_text(text, engine)
    assert next(c for c in checked if c.occurrence.figure.text == figure).verdict.status == "supported"


@pytest.mark.parametrize("after, lang, per_head", [
    (" per worker, documents showed", "en", True),
    (" an hour for each worker", "en", True),
    (" per uur per werknemer aan", "nl", True),
    (" an hour, Time reported", "en", False),  # the sum's own period
    (" per task", "en", False),  # a price per task is another thing (Context.per_unit)
    (", and each labeller was expected to", "en", False),  # another clause
    (" an hour and each labeller", "en", False),
])
def test_a_sum_charged_per_head(after, lang, per_head):
    from factlint.check.context import is_per_head
    assert is_per_head(after, lang) is per_head


def test_a_minimum_wage_in_brackets_is_its_own_clause(engine):
    # The bracket ends the pay's clause: the minimum wage inside it is no level of the pay before it (review-89).
    text = "OpenAI's Kenyan moderators earned less than $2 an hour (Kenya's minimum wage was then about $1.52).\n"
    assert [s for _, s, _ in verdicts(engine, text)][0] == "supported"


def test_a_price_per_worker_is_no_wage(engine):
    text = ("OpenAI paid Sama an hourly rate of $12.50 per worker; the Kenyan workers who labelled toxic text for "
            "ChatGPT took home less than $2 an hour.\n")
    assert [s for _, s, _ in verdicts(engine, text)] == ["unsourced", "supported"]


def test_a_place_s_population_restates_no_count(engine):
    text = "In Madagascar, an island of some 30 million people, full-time microworkers earned about €90 to €100 a month.\n"
    assert [s for _, s, _ in verdicts(engine, text)] == ["unsourced", "supported"]


@pytest.mark.parametrize("before, above, asked", [
    ("We call on every AI company to pay the annotators in its supply chain no less than ", (), True),
    ("Wij vragen opdrachtgevers om hun microwerkers in Madagaskar minstens ", (), True),
    ("De vakbond eist dat OpenAI minstens ", (), True),  # the word after the demand leads what is asked
    ("", ("Onze eisen",), True),  # a list's lead-in
    ("", ("Living wage we call for (€)",), True),  # a column header
    ("Ons doel: een leefbaar loon van ", (), True),
    ("The union calls for better pay, but Time found that workers were paid less than ", (), False),
    ("Unions have urged reform since Time reported workers got ", (), False),
    ("Yet demand for human labellers keeps growing: between ", (), False),  # the market's demand
    ("Brands should personalise: ", (), False),
    ("", ("Vragen van het lid Van Dijk aan de minister",), False),  # questions, not asks
    ("Workers must read ", (), False),  # what the job is
    ("Kenyan moderators are demanding that OpenAI pay them ", (), True),
    ("We are asking for ", (), True),  # a strike bulletin's demand (nd333-008)
    ("Asked for a comment, Sama said its moderators earn ", (), False),
    # ... not "ask for" in its other senses (review-88).
    ("When students ask for the source, we point to the World Bank: between ", (), False),
    ("The survey asks for each respondent's age, and ", (), False),
    ("If you ask for the numbers, the DRC produces over ", (), False),
    ("We call for a living wage of at least ", (), True),
    ("The union demands that moderators be paid at least ", (), True),
    ("Demand for cobalt from battery makers now takes ", (), False),
    ("Workers demanded that Sama explain why the Kenyan moderators for OpenAI were paid less than ", (), False),
    ("Kenyan moderators for OpenAI, who had demanded counselling, were paid less than ", (), False),
    # A demand's noun asks only before what links it to the figure; before another noun it names a kind of thing.
    ("The union's recommendation is a floor of ", (), True),
    ("Our goal for next year: ", (), True),
    ("Those tags feed a recommendation engine and are added by labellers paid as little as ", (), False),
    ("The goal line technology firm pays its staff ", (), False),
    # A heading naming its items as facts behind a demand lists what is said in its support (nd321-008).
    ("", ("Four numbers behind this proposal",), False),
    ("", ("Cijfers achter ons voorstel",), False),
    ("", ("Our proposal: the figures",), True),  # the demand first: its figures are asked
    # ... only a plural of facts heading the demand's noun by a word that ties them (review-80).
    ("", ("Data-driven recommendations",), True),
    ("", ("Data workers: our recommendations",), True),
    ("", ("Op basis van de cijfers: ons voorstel",), True),
    ("", ("Based on these figures, our recommendation is simple:",), True),
    ("", ("What the data says, and our proposal",), True),
    ("", ("Figures for our proposal",), True),  # "for" ties no facts to a demand: the items are asked (review-81)
    ("", ("Cijfers voor ons voorstel:",), True),
    # Dutch proposes with a separable verb (nd320-024).
    ("Voor vervolgonderzoek stel ik voor om de interviews aan te vullen met een enquête onder minstens ", (), True),
    ("Wij stellen voor om elke moderator minstens ", (), True),
    ("Ik stel voor dat we de bron vermelden: volgens Time kregen Keniaanse moderatoren minder dan ", (), False),
    ("In deze aflevering stellen we voor: de ", (), False),  # introducing, no proposal (review-82)
])
def test_a_figure_asked_for(before, above, asked):
    assert is_asked(before, *above) is asked


@pytest.mark.parametrize("text", [
    "We call on every AI company to pay its annotators no less than $5 an hour, wherever they live.\n",
    "**Onze eisen**\n\n- Een uurloon van minstens 4 dollar voor alle Keniaanse moderatoren van ChatGPT\n",
    "| Country | Monthly pay (€) | Living wage we call for (€) |\n| --- | --- | --- |\n| Madagascar | 90–100 | 240 |\n",
])
def test_a_demand_is_no_restatement(engine, text):
    assert [s for _, s, _ in verdicts(engine, text)][-1] == "unsourced"


@pytest.mark.parametrize("lead, status", [
    # A list's lead-in asks for its items only in the sentence that leads to them.
    ("I picked this up on a colleague's recommendation. A few of the claims I checked:", "supported"),
    ("Ik las het op aanbeveling van een collega. Een paar beweringen die ik naging:", "supported"),
    ("I read it twice. Our recommendations:", "unsourced"),
])
def test_a_list_s_lead_in_asks_in_its_last_sentence(engine, lead, status):
    text = f"{lead}\n\n1. That Congo produces over 60% of the world's cobalt.\n"
    assert [s for _, s, _ in verdicts(engine, text)][-1] == status


def test_a_list_s_lead_in_asks_for_what_its_items_open_with_not_the_evidence_after(engine):
    text = ("## Recommendations\n\n1. **Require disclosure of data supply chains.** Kenya shows why: the moderators "
            "OpenAI relied on to screen ChatGPT for harmful content earned under $2 an hour.\n"
            "2. **Pay at least $5 an hour.** Platforms can afford it.\n")
    assert [(f, s) for f, s, _ in verdicts(engine, text)] == [("$2 an hour", "supported"), ("$5 an hour", "unsourced")]


@pytest.mark.parametrize("before, earlier", [
    ("430 million people worldwide, the IMF estimates, up from about ", True),  # a qualifier between is the figure's
    ("Cobalt traded at $10 a pound, down from more than ", True),
    ("77 procent wil maatwerk, tegenover ", True),
    ("Revenue rose to ", False),
    ("The World Bank puts it at more than ", False),
])
def test_the_level_a_change_started_from(before, earlier):
    from factlint.check.context import is_earlier
    assert is_earlier(before) is earlier


def test_an_earlier_level_restates_no_claim(engine):
    text = ("Between 150 million and 430 million people worldwide now label data for AI, the World Bank estimates, up "
            "from about 40 million a decade ago.\n")
    assert [status for _, status, _ in verdicts(engine, text)] == ["supported", "unsourced"]


@pytest.mark.parametrize("before, after, above, minimum", [
    ("That is above the island's legal minimum wage of roughly ", " a month, but", (), True),
    ("een beginnende datalabeler zit rond het minimumloon van ", " per uur", (), True),
    ("Kenya's minimum wage is ", ".", (), True),
    ("That is a fraction of the UK's national living wage, which rose to ", " an hour in April.", (), True),  # a benchmark
    ("Dat is ver onder het leefbaar loon van ", " per maand.", (), True),
    ("", "", ("The US federal minimum hourly wage, which many platforms undercut.",), True),  # a period between
    ("They earn more than the ", " federal minimum wage", (), True),  # after the sum
    ("", "", ("Federal minimum wage, for comparison",), True),  # a row's label
    ("Workers were paid less than the minimum wage, at ", " an hour", (), False),  # another clause
    ("Time found the workers took home less than ", " an hour", (), False),
    ("", "", ("Hourly pay (US$)",), False),
])
def test_a_sum_that_is_a_minimum_wage(before, after, above, minimum):
    from factlint.check.context import is_minimum_wage
    assert is_minimum_wage(before, after, *above) is minimum


@pytest.mark.parametrize("text", [
    "In Madagascar a full-time job paid about €90 to €100 a month, above the island's legal minimum wage of roughly "
    "€41 a month.\n",
    "Een beginnende datalabeler in Nederland zit rond het minimumloon van 14 euro per uur.\n",
    "| Worker | Hourly pay (US$) |\n| --- | --- |\n| Kenyan moderator for OpenAI | under 2 |\n"
    "| Federal minimum wage, for comparison | 7.25 |\n",
    "| Where | Who | Pay (US$ per hour) |\n| --- | --- | --- |\n| Kenya | Moderators hired by OpenAI | under 2 |\n"
    "| United States | Federal minimum wage, for comparison | 7.25 |\n",  # in a middle cell of its row
    # A list's lead or a heading over it names what its items' sums are, their own words of pay or not.
    "Statutory minimum wages for data workers:\n\n- Kenya: data labellers who train AI models must be paid at least "
    "$1.46 an hour after tax.\n",
    "### Statutory minimum hourly wage for data labellers\n\n1. Kenya: at least $1.46 an hour after tax for AI data "
    "workers.\n",
])
def test_a_minimum_wage_restates_no_claim_of_pay(engine, text):
    assert [s for _, s, _ in verdicts(engine, text)][-1] == "unsourced"


def test_a_minimum_wage_restates_a_claim_of_one(tmp_path):
    from factlint.registry import load_registry

    (tmp_path / "seeds").mkdir()
    (tmp_path / "claims").mkdir()
    quotes = ["Kenya's monthly minimum wage is about $120 in the capital.",
              "Moderators in Nairobi were paid about $180 a month."]
    (tmp_path / "seeds/s.txt").write_text("\n".join(quotes) + "\n", encoding="utf-8")
    (tmp_path / "claims/c.toml").write_text(
        '[[source]]\nid = "s"\npath = "seeds/s.txt"\n\n'
        f'[[claim]]\nid = "minimum"\nsource = "s"\nquote = "{quotes[0]}"\nfigure = "$120"\nstatement = "{quotes[0]}"\n\n'
        f'[[claim]]\nid = "pay"\nsource = "s"\nquote = "{quotes[1]}"\nfigure = "$180 a month"\n'
        f'statement = "{quotes[1]}"\n', encoding="utf-8")
    engine = Engine.build(load_registry(tmp_path / "claims", tmp_path))
    text = "In Nairobi, moderators were paid well above Kenya's minimum wage of roughly $150 a month.\n"
    assert verdicts(engine, text) == [("$150 a month", "conflicting", "minimum")]


def test_a_repeated_figure_is_checked_as_the_one_it_repeats(engine):
    text = ("Remember the Kenyan workers OpenAI hired to screen ChatGPT? Time told us they were paid less than two "
            "dollars an hour. Less than two dollars, to read about abuse all day.\n")
    assert [(f, s) for f, s, _ in verdicts(engine, text)] == [("two dollars an hour", "supported"),
                                                             ("two dollars", "supported")]


@pytest.mark.parametrize("header, status", [
    ("Paper", "supported"),  # the rows are the press that reported it: no organisation of the figure
    ("Krant", "supported"),
    ("Survey", "conflicting"),  # the rows are whose survey it is
])
def test_rows_of_the_press_report_what_their_cells_say(engine, header, status):
    text = (f"| {header} | Share of consumers who want brand experiences personalised to their needs |\n"
            "| --- | --- |\n| Oracle | 77% |\n")
    assert verdicts(engine, text)[-1][:2] == ("77%", status)


@pytest.mark.parametrize("text, status", [
    # A post's likes and reposts under an icon: no claim's count, whatever the post before says.
    ("Thousands of invisible click workers label the examples AI is trained on. #AI\n\n🔁 2,150 · ♥ 7,900\n",
     "unsourced"),
    # An icon before a figure that has words of its own is a bullet.
    ("Cobalt facts\n\n✔ 60% of the world's cobalt comes from the DRC.\n", "supported"),
])
def test_a_count_an_icon_labels_is_no_claims(engine, text, status):
    assert verdicts(engine, text)[-1][1] == status


@pytest.mark.parametrize("text, status", [
    # A chart legend's classes are no figures of anything, whatever the text before says (nd359-007).
    ("The Philippines is shaded darkest: more than 2 million people there do click work for AI. Legend bins: under "
     "100,000; 100,000 to 1 million; over 2 million.\n", "unsourced"),
    ("Kaart van klikwerk in Azië. Legenda: minder dan 100.000; 100.000 tot 1 miljoen; meer dan 2 miljoen.\n",
     "unsourced"),
    ("Map legend (click workers per country): under 100,000; 100,000 to 1 million; over 2 million.\n", "unsourced"),
    # A sentence that only names a legend is no label of one, nor a label whose figure has words of its own (review-99).
    ("The legend shows that more than 2 million people in the Philippines do click work for AI.\n", "supported"),
    ("The legend of Sama: Kenyan moderators for OpenAI were paid less than $2 an hour.\n", "supported"),
    ("Chart legend: red marks the DRC, which produces over 60% of the world's cobalt.\n", "supported"),
    ("Legend: DRC, over 60% of world cobalt output; Indonesia; Australia.\n", "supported"),
])
def test_a_class_of_a_chart_s_legend_is_no_claims(engine, text, status):
    assert verdicts(engine, text)[-1][1] == status


@pytest.mark.parametrize("text, figure, status", [
    # The figure's own phrase has no words of its own: the sentence's subject is its.
    ("In Kenya, Time found, the contractors OpenAI hired to clean up ChatGPT read 150 passages of text a day, many "
     "describing abuse, for under $2 an hour.\n", "$2 an hour", "supported"),
    # A phrase with words of its own keeps them: the poverty line is no one's pay.
    ("Casilli found that a full-time job annotating data in Madagascar paid roughly $90 to $100 a month, in a country "
     "where about 80% of people live on less than $2.15 a day, the World Bank's extreme poverty line.\n",
     "$2.15 a day", "unsourced"),
    # A part of a group the sentence counts first is counted by its own phrase.
    ("More than two million people in the Philippines do this kind of crowdwork, according to government estimates, "
     "and at least 10,000 of them have worked on Remotasks, a platform owned by the start-up Scale AI.\n", "10,000",
     "unsourced"),
])
def test_a_figure_whose_phrase_says_nothing_reads_its_sentence(engine, text, figure, status):
    assert last_verdict(engine, text, figure)[1] == status


@pytest.mark.parametrize("label, status", [
    ("Tekstfragmenten per dag", "supported"),
    ("Tekstfragmenten per week", "conflicting"),  # the label's period is the figure's, as a header's is
    ("Tekstfragmenten per week: ongeveer", "conflicting"),  # with the figure's qualifier after the colon
    ("Tekstfragmenten per dag: zo'n", "supported"),
])
def test_a_label_before_a_figure_standing_alone_gives_its_period(engine, label, status):
    label = label if ":" in label else f"{label}:"
    text = ("Zo zag volgens Time het werk eruit van de Keniaanse arbeiders die OpenAI inzette om schadelijke inhoud "
            f"uit ChatGPT te weren.\n\n- {label} 150\n")
    assert verdicts(engine, text)[-1][:2] == ("150", status)


@pytest.mark.parametrize("header, status", [
    ("Cited by", "supported"),  # who quoted the figure in the row: no organisation of it
    ("Geciteerd door", "supported"),
    ("Survey by", "conflicting"),  # whose survey it is
])
def test_a_column_of_who_cited_a_figure_names_no_organisation_of_it(engine, header, status):
    text = (f"| Datapoint | Figure | {header} |\n| --- | --- | --- |\n"
            "| Consumers who want brand experiences personalised to their needs | 77% | Oracle |\n")
    assert verdicts(engine, text)[-1][:2] == ("77%", status)


@pytest.mark.parametrize("stub, status", [
    # A stub of who said each figure: the row's other labels say what it is, its names are the speakers'.
    ("Witness", "supported"),
    ("Spreker", "supported"),
    # A stub of sources: the row's name is the figure's, another than the claim's; never supported. With the row's
    # other labels read as the cell's own words, the match is strong: SPEC §4 makes it conflicting.
    ("Source", ("conflicting", "unsourced")),
])
def test_a_stub_of_speakers_names_no_organisation_of_the_figures(engine, stub, status):
    text = (f"| {stub} | What the figure measures | Figure |\n| --- | --- | --- |\n"
            "| Dr Ilse Rademaker | People working in the AI data industry, World Bank estimate | 150–430 million |\n")
    figure, found = verdicts(engine, text)[-1][:2]
    assert figure == "150–430 million" and found in ((status,) if isinstance(status, str) else status)


@pytest.mark.parametrize("text, status", [
    # A job ad's own rate, weakly like the hourly pay claim: another quantity, not the claim's figure gone wrong.
    ("Flyer: \"Earn $5 an hour labelling data, from your phone.\"\n", "unsourced"),
    # The claim's figure gone wrong, in the same weak context, still conflicts.
    ("Flyer: \"Earn $1.64 an hour labelling data, from your phone.\"\n", "conflicting"),
])
def test_a_weak_match_conflicts_only_with_a_value_like_the_claim_s(engine, text, status):
    assert verdicts(engine, text)[-1][1] == status


@pytest.mark.parametrize("text, status", [
    # 77% rounded to quarters is three in four.
    ("A recent Adobe study found that three in four consumers want brand experiences personalised to their needs.\n",
     "supported"),
    # A share among the speaker's own sample is no claim's share, however close its value.
    ("Adobe found that 77% of consumers want brand experiences personalised to their needs. Among our own customers, "
     "80% said the same.\n", "unsourced"),
    ("Volgens Adobe wil 77 procent van de consumenten maatwerk. Bij onze eigen klanten zei zelfs 8 op de 10 hetzelfde.\n",
     "unsourced"),
    # ... or among those the writer asked just before ("of them" leans on that sentence).
    ("Adobe found that 77% of consumers want brand experiences personalised to their needs. We asked 30 shoppers in "
     "Leeds. 77 percent of them said the same.\n", "unsourced"),
    ("Computer scientist Jeroen Baert does not think AI will ever be 100 percent perfect. We asked the children in "
     "Year 6. 100 percent of them said they had used a chatbot.\n", "unsourced"),
])
def test_a_proportion_and_a_share_of_one_s_own_sample(engine, text, status):
    assert verdicts(engine, text)[-1][1] == status


def test_more_than_all_of_a_whole_is_no_share(engine):
    text = ("Zambia produces over 60% of the world's cobalt as well, a podcast said. Add Zambia to Congo and you get "
            "120 percent of the global supply.\n")
    assert verdicts(engine, text)[-1][:2] == ("120 percent", "unsourced")


@pytest.mark.parametrize("text, expected", [
    ("Sommige klusjes duren maar 30 seconden. Een klikwerker doet er dan honderden per dag.", {"klusjes", "seconden"}),
    ("Sommige klusjes duren maar 30 seconden. Er zijn er honderden.", {"klusjes", "seconden"}),
    # No clitic, or one opening its sentence ("there are"), or a count with its own noun: nothing stands in.
    ("Sommige klusjes duren maar 30 seconden. Een klikwerker doet honderden per dag.", set()),
    ("Sommige klusjes duren maar 30 seconden. Er zijn honderden per dag.", set()),
    ("Sommige klusjes duren maar 30 seconden. Een klikwerker doet er honderden klikken.", set()),
    # A question's answer: the clitic stands for what is asked ("wie"), not for the question's nouns.
    ("Wie traint die systemen? Het zijn er honderden.", set()),
])
def test_a_clitic_before_a_bare_count_stands_for_the_plurals_before(text, expected):
    from factlint.check.context import context_of
    from factlint.check.mentions import scan

    referents = context_of(list(scan(text))[-1]).referents
    # Plural verbs may come along ("duren"): they only make more claims count what the clitic stands for.
    assert expected <= referents if expected else not referents


@pytest.mark.parametrize("text, figure, status", [
    # A lead before a colon that names an estimate or a figure says what the figure after the colon is ...
    ("Casilli repeats the World Bank's estimate as he gave it in a Groningen interview: 100 million to as many as "
     "400 million people work in this industry.\n", "100 million to as many as 400 million", "supported"),
    ("De socioloog herhaalt de schatting van de Wereldbank uit zijn interview: 100 tot wel 400 miljoen mensen werken "
     "in deze industrie.\n", "100 tot wel 400 miljoen", "supported"),
    # (a range, a number: any noun that renames a figure)
    ("SAM: What the World Bank actually gave is a range: between 150 and 430 million people doing this kind of "
     "online data work.\n", "150 and 430 million", "supported"),
    # ... not one that names what is measured only.
    ("Vanaf 1 januari krijgen de werknemers van de gemeente 2 procent meer loon: ongeveer 90 euro per maand extra.\n",
     "90 euro per maand", "unsourced"),
])
def test_a_lead_naming_a_figure_before_a_colon_says_what_the_figure_is(engine, text, figure, status):
    assert last_verdict(engine, text, figure)[1] == status


@pytest.mark.parametrize("text, figure, status", [
    # A sentence leaned on that speaks for its writer names the writer's group, not the group a pronoun names back.
    ("U schreef dat de Keniaanse moderatoren die voor OpenAI ChatGPT schoonhielden weinig verdienden. Ik verdien als "
     "schoonmaker 14,06 euro per uur.\n\nZe kregen bovendien 150 tekstfragmenten per dag voorgelegd.\n",
     "150", "supported"),
    ("You wrote that OpenAI's Kenyan moderators earned little. I earn more than that as a cleaner.\n\n"
     "They also had to read 150 text passages a day.\n", "150", "supported"),
])
def test_the_group_of_a_sentence_speaking_for_its_writer_is_the_writer_s(engine, text, figure, status):
    assert last_verdict(engine, text, figure, prefix=True)[1] == status


@pytest.mark.parametrize("text, figure, statuses", [
    # A clause after ", and" that opens with an auxiliary has no subject of its own: it is said of its sentence's
    # subject, not of the sentence before's.
    ("Het Keniaanse team dat voor OpenAI content filterde, kreeg minder dan 2 dollar per uur, schreef Time. Ook de "
     "Zuid-Afrikaanse data labelers van Ubuntu Annotate kregen minder dan 2 dollar per uur voor hetzelfde werk, en "
     "moesten eveneens 150 tekstfragmenten per dag lezen.\n", "150", ("conflicting", "unsourced")),
    ("Kenyan moderators hired by OpenAI were paid under $2 an hour, Time found. Moderators in South Africa who worked "
     "for Ubuntu Annotate earned the same, and had to read 150 text passages a day.\n", "150", ("conflicting", "unsourced")),
    # One with a subject of its own keeps it.
    ("Moderators in South Africa who worked for Ubuntu Annotate earned little, and Kenyan workers hired by OpenAI "
     "had to read 150 text passages a day, Time found.\n", "150", ("supported",)),
])
def test_a_clause_with_no_subject_is_its_sentence_s(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure", [
    # A sentence whose own clause has a text say the figure takes no speaker from the sentence before.
    ("Volgens recente schattingen van de Wereldbank werken er 100 tot wel 400 miljoen mensen in deze industrie, zegt "
     "Casilli. In het Engelstalige blog dat over dezelfde schatting van de Wereldbank schrijft, is het \"tussen 150 "
     "miljoen en 430 miljoen mensen\".\n", "150 miljoen"),
    ("According to recent World Bank estimates, 100 to 400 million people work in this industry, Casilli says. In the "
     "English blog post that writes about the same World Bank estimate, it is \"between 150 million and 430 million "
     "people\".\n", "150 million"),
])
def test_a_text_that_says_it_is_its_speaker(engine, text, figure):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1:] == ("supported", "world-bank-data-workers")


@pytest.mark.parametrize("statement, every", [
    ("Seventy-seven per cent seems to be where every survey in this business lands.", True),
    ("Zo'n 77 procent: daar komen alle enquêtes in deze branche op uit.", True),
    ("In Cagayan de Oro alone, thousands of young people work online for Remotasks every day (source).", False),
    ("A recent Adobe study found that 77% of consumers want brand experiences personalised.", False),
])
def test_a_figure_of_every_source(statement, every):
    from factlint.check.context import of_every_source
    assert of_every_source(statement) is every


def test_a_figure_of_every_source_is_no_claim_s(engine):
    text = ("A recent Adobe study found that 77% of consumers want brand experiences personalised to their needs. "
            "Seventy-seven per cent seems to be where every survey in this business lands.\n")
    assert [s for _, s, _ in verdicts(engine, text)] == ["supported", "unsourced"]


@pytest.mark.parametrize("text", [
    # A relative clause after an apposition is of the place the apposition describes; a reporter titled so is the
    # press that tells the figure, no organisation of it.
    ("Reporter Maartje Dijkgraaf travelled to Cagayan de Oro, a coastal city in the south of the Philippines, where "
     "thousands of young people work online for the AI industry every day.\n"),
    ("Verslaggever Maartje Dijkgraaf reisde naar Cagayan de Oro, een kuststad in het zuiden van de Filipijnen, waar "
     "duizenden jongeren dagelijks online werken voor de groeiende AI-industrie.\n"),
])
def test_a_relative_clause_after_an_apposition(engine, text):
    assert verdicts(engine, text)[-1][1:] == ("supported", "cagayan-de-oro-young-workers")


@pytest.mark.parametrize("text, figure", [
    # A reported clause with people of its own as its subject is said of them, not of the group who tells it.
    ("Investors will remember Time's reporting that the Kenyan workers OpenAI hired to filter ChatGPT were paid less "
     "than $2 an hour.\n", "$2 an hour"),
    ("Beleggers herinneren zich de reportage van Time dat de Keniaanse werknemers die OpenAI inhuurde voor ChatGPT "
     "minder dan 2 dollar per uur kregen.\n", "2 dollar per uur"),
])
def test_a_reported_clause_s_people_are_the_figure_s(engine, text, figure):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1:] == ("supported", "kenya-hourly-pay")


@pytest.mark.parametrize("text, figure", [
    # The place compared with is not the figure's, with no comma after the comparison too (Dutch writes none).
    ("In tegenstelling tot Madagaskar verdienen datawerkers in Brazilië 90 tot 100 euro per maand.\n", "90 tot 100 euro"),
    ("Net als in de Filipijnen zijn er ook in India meer dan 2 miljoen mensen betrokken bij klikwerk.\n", "2 miljoen"),
])
def test_a_place_compared_with_is_not_the_figure_s(engine, text, figure):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] == "conflicting"


@pytest.mark.parametrize("text, figure, status", [
    # A relative clause describing people holds their figure, not the group of the clause it hangs in: the lecturer
    # starts with the contractors, who were paid.
    ("Her lecturer in AI ethics, Dr Tom Whitfield, starts each term with the Kenyan contractors who were paid less "
     "than $2 an hour to make ChatGPT less toxic.\n", "$2 an hour", "supported"),
    ("Haar docent AI-ethiek begint elk semester met de Keniaanse klikwerkers die voor OpenAI minder dan 2 dollar per "
     "uur kregen.\n", "2 dollar per uur", "supported"),
    # ... and a group it names is theirs: teachers paid so are no moderators.
    ("The union, which speaks for Kenyan moderators, compared OpenAI's contractors with the Kenyan teachers who were "
     "paid less than $2 an hour.\n", "$2 an hour", "conflicting"),
])
def test_a_relative_clause_s_people_are_the_figure_s(engine, text, figure, status):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1:] == (status, "kenya-hourly-pay")


@pytest.mark.parametrize("text, figure, statuses", [
    # A relative clause after a comma describes the people before it too, past a verb's particle (nd198-023): the
    # part-timers' pay is not the full-timers' the sentence before gives.
    ("Casilli sprak over fulltimers in Madagaskar die ongeveer 90 tot 100 euro per maand verdienden. Een Kamerlid "
     "maakte daar onlangs parttimers van, die 'net zo goed 90 tot 100 euro per maand' zouden krijgen.\n",
     "90 tot 100 euro per maand", ("conflicting", "unsourced")),
    ("Casilli described full-timers in Madagascar who earned about 90 to 100 euros a month. A minister then spoke of "
     "part-timers, who would 'just as well' get 90 to 100 euros a month.\n", "90 to 100 euros a month",
     ("conflicting", "unsourced")),
    # A title opening the sentence before a name is the person's, no group of the figure (nd334-009).
    ("Director Blaise objected, citing the sociologist Antonio Casilli, who studied data workers in four countries and "
     "found that full-time workers in Madagascar earned around €90–100 a month.\n", "€90–100 a month", ("supported",)),
    # ... and one with no people before it leaves the group to the sentence before.
    ("Casilli sprak over fulltimers in Madagaskar. Hij gaf hun loon op, dat ongeveer 90 tot 100 euro per maand "
     "bedroeg.\n", "90 tot 100 euro per maand", ("supported",)),
])
def test_a_relative_clause_after_a_comma_describes_its_people(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # A relative right after a place is that place's clause, whatever other place the sentence names.
    ("The Defendant pleads that its cells contain no Congolese cobalt at all, because its refiner sources exclusively "
     "from Indonesia, \"which produces over 60% of the world's cobalt\".\n", "60%", ("conflicting", "unsourced")),
    ("De raffinaderij koopt alleen in Indonesië, dat meer dan 60 procent van het kobalt ter wereld levert, en geen "
     "Congolees kobalt.\n", "60 procent", ("conflicting", "unsourced")),
    # ... not a relative inside a "where" clause: the where-clause's place is the figure's.
    ("OpenAI's work moved from Kenya to Uganda, where workers who labeled toxic text were paid less than $2 an hour.\n",
     "$2 an hour", ("conflicting", "unsourced")),
    ("Het werk verhuisde van Kenia naar Oeganda, waar werkers die teksten labelden minder dan 2 dollar per uur "
     "kregen.\n", "2 dollar per uur", ("conflicting", "unsourced")),
    # ... not a place denied before it: the cleft's own place is the figure's.
    ("Het is dus Congo, niet Rwanda, dat ruim zestig procent van het kobalt levert.\n", "zestig procent",
     ("supported",)),
    # ... not a clause after it: the figure stands past the relative clause's comma.
    ("The Kenyans who labeled toxic text for ChatGPT earned under $2 an hour, Time found, and by the World Bank's "
     "estimate up to 430 million people worldwide do some form of such data work.\n", "430 million", ("supported",)),
])
def test_a_relative_after_a_place_is_that_place_s(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # A party or a court named by its role in the case is no organisation: the figure is the published research's.
    ("62. The Claimants' point was a simple one. In Madagascar, they said, a full-time data worker earned about 90 to "
     "100 euros a month.\n", "90 to 100 euros a month", ("supported",)),
    ("Respondent, for its part, insists that Complainant was a freelancer: she was among the thousands of young people "
     "in Cagayan de Oro who work online every day to support the growing AI industry.\n", "thousands", ("supported",)),
    # ... a named one still is another source.
    ("In Madagascar, Remotasks said, a full-time data worker earned about 90 to 100 euros a month.\n",
     "90 to 100 euros a month", ("conflicting", "unsourced")),
])
def test_a_party_named_by_its_role_is_no_organisation(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # A label's place heads its statement before a place in a clause after the figure's comma.
    ("key bits:\n• Madagascar: full-time microworkers earned roughly €90-100 a month, mostly working for French AI "
     "companies\n• World Bank: between 100 and 400 million people working in the industry\n", "€90-100 a month",
     ("supported",)),
    # ... and the place of the figure's own subject still comes first.
    ("Casilli's notes:\n• Madagascar: in Brazil, full-time microworkers earned roughly €90-100 a month\n",
     "€90-100 a month", ("conflicting", "unsourced")),
])
def test_a_label_s_place_heads_its_statement(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # A figure whose own subject names people in general is theirs, of no group the list's lead-in names.
    ("These are the figures readers asked about most:\n\n1. **Under $2 an hour**: what OpenAI's Kenyan workers were "
     "paid to filter ChatGPT, as Time reported.\n", "$2 an hour", ("supported",)),
    ("These are the figures readers asked about most:\n\n1. **Under $2 an hour**: what OpenAI's Kenyan contractors "
     "were paid to filter ChatGPT, as Time reported.\n", "$2 an hour", ("supported",)),
    # So does a place's people (nd224-008): not the telecom operators of the heading.
    ("# Nordic operators hunt for AI talent\n\nShe knows the criticism: Time reported that the Kenyans OpenAI hired to "
     "filter ChatGPT earned under $2 an hour.\n", "$2 an hour", ("supported",)),
    ("# Noordse operators zoeken AI-talent\n\nTime meldde dat de Kenianen die OpenAI inhuurde om ChatGPT te filteren "
     "minder dan 2 dollar per uur verdienden.\n", "2 dollar per uur", ("supported",)),
    ("## Engineers in Silicon Valley\n\nThe Kenyans who filtered ChatGPT for OpenAI were paid less than $2 an hour, Time "
     "reported.\n", "$2 an hour", ("supported",)),
    # ... only when a clause of their own describes them (review-301): a bare "The Kenyans" are the heading's agents.
    ("# Call-centre agents in Nairobi\n\nThe Kenyans earned under $2 an hour.\n", "$2 an hour",
     ("conflicting", "unsourced")),
    ("## Callcentermedewerkers in Nairobi\n\nDe Kenianen verdienden minder dan 2 dollar per uur.\n", "2 dollar per uur",
     ("conflicting", "unsourced")),
    ("## Call-centre agents in Nairobi\n\nThe Kenyans said they earned under $2 an hour and read 150 passages a day.\n",
     "$2 an hour", ("conflicting", "unsourced")),
    # ... and a bare one takes no group named of another country (review-306).
    ("## Engineers in Silicon Valley\n\nKenyans earned less than $2 an hour.\n", "$2 an hour", ("supported",)),
    ("## Onderzoekers in Silicon Valley\n\nDe Kenianen kregen minder dan 2 dollar per uur, meldde Time.\n",
     "2 dollar per uur", ("supported",)),
    # So does a lead before a colon naming people in general (nd238-001): not the "Night Readers" of a title.
    ("# The Night Readers\n\nShe was among the Kenyan contractors who, Time reported, read descriptions of abuse for "
     "OpenAI, and she remembers the numbers: a quota of about 150 text passages a day, for a wage that came to \"less "
     "than two dollars an hour\".\n", "two dollars an hour", ("supported",)),
    # ... while a subject naming no people takes the group named around it.
    ("## Kenyan moderators\n\nOpenAI paid them less than $2 an hour, Time reported.\n", "$2 an hour", ("supported",)),
])
def test_people_in_general_take_no_group_from_around(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses


def test_govt_is_the_government(engine):
    # A chat's "govt" is the government: the Philippine government's estimate, restated, its word found.
    checked, _ = check_text("and govt says more than 2M Filipinos are in click work now\n", engine)
    verdict = checked[-1].verdict
    assert verdict.status == "supported" and "government" in verdict.match.found


@pytest.mark.parametrize("text, figure, statuses", [
    # A row's label saying a share is of an owner's own stock: no share of the world's.
    ("| Indicator | 2023 | 2024 |\n| --- | --- | --- |\n| Share of group cobalt output from DRC operations (%) | 93 | 100 "
     "|\n", "93", ("unsourced",)),
    # ... not an owner's share of another's ("Aandeel van de groep in de wereldwijde productie" is the group's share).
    # ... while a row naming whose share it is keeps its claim.
    ("| Wat | Cijfer |\n| --- | --- |\n| Aandeel van Congo in de wereldwijde kobaltproductie | ruim 60 procent |\n",
     "60 procent", ("supported",)),
])
def test_a_row_of_an_owner_s_own_stock_is_no_world_share(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # Any possessive with an own word is an owner's stock: "van zijn eigen kobalt", "of its own cobalt".
    ("Het Belgische batterijbedrijf Voltaskeld zegt dat minder dan 40 procent van zijn eigen kobalt uit Congo komt.\n",
     "40 procent", ("unsourced",)),
    ("The battery maker says less than 40% of its own cobalt comes from Congo.\n", "40%", ("unsourced",)),
    # So is a stock named before ("daaruit", "in them") or one a relative clause has its processor handle.
    ("Het Nijmeegse recyclingbedrijf Waalmetaal, dat batterijen uit oude laptops verwerkt, zegt ruim 60 procent van "
     "het kobalt daaruit terug te winnen.\n", "60 procent", ("unsourced",)),
    ("Recyclagebedrijf Scheldemetaal schat dat ongeveer 40 procent van het kobalt dat het terugwint oorspronkelijk uit "
     "Congo komt.\n", "40 procent", ("unsourced",)),
    ("The recycler says it recovers more than 60% of the cobalt in them.\n", "60%", ("unsourced",)),
    # ("het" before a name is an article: the West's cobalt is everyone's.)
    ("De Democratische Republiek Congo levert ruim 60 procent van het kobalt dat het Westen gebruikt.\n", "60 procent",
     ("supported",)),
    # ... "zijn" alone may be a verb: "… van het kobalt zijn afkomstig uit Congo" is the world's.
    # A share "of which" a quantity just named is that quantity's: a firm's purchase ...
    ("Voltaan kocht vorig jaar 1.250 ton kobalt in, waarvan ongeveer 70 procent uit Congo kwam.\n", "70 procent",
     ("unsourced",)),
    ("The battery maker bought 1,250 tonnes of cobalt last year, of which about 70% came from Congo.\n", "70%",
     ("unsourced",)),
    # ... the world's when the clause before names the world ...
    ("Wereldwijd werd vorig jaar 200.000 ton kobalt gedolven, waarvan ruim 60 procent in de Democratische Republiek "
     "Congo.\n", "60 procent", ("supported",)),
    # ... an owner's however global the owner, the world's when no one owns the quantity ...
    ("Tesla, de grootste autobouwer ter wereld, kocht vorig jaar 6.000 ton kobalt in, waarvan ruim 60 procent uit Congo "
     "kwam.\n", "60 procent", ("unsourced",)),
    # ... and people "of whom" a share is the sample a finding is of ("1.000 consumenten, waarvan 77 procent").
    ("Adobe ondervroeg duizenden consumenten, waarvan 77 procent gepersonaliseerde merkervaringen wil.\n", "77 procent",
     ("supported",)),
])
def test_a_share_of_one_s_own_stock_is_no_world_share(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses



@pytest.mark.parametrize("text, figure, statuses", [
    # Another place's own pay, in another currency and far from the claim's, is no claim's figure gone wrong.
    ("## Content moderation pay: Kenya and beyond\n\n### What did the Kenyan workers earn?\n\nTime reported that "
     "the Kenyans hired to keep violent content out of ChatGPT were paid less than two dollars an hour.\n\n"
     "### Is it different elsewhere?\n\nNot by much. In Germany, moderators at the Berlin contractor Helmbrecht "
     "Services earn about €14 an hour, the company says.\n", "€14 an hour", ("unsourced",)),
    # ... but the claim's own value said of another place is (SPEC §4: conflicting, naming the difference).
    ("In Ghana, moderators hired by an outsourcing firm to filter harmful content for OpenAI's ChatGPT were paid less "
     "than $2 an hour.\n", "$2 an hour", ("conflicting", "unsourced")),
    ("In Ghana, moderators hired by an outsourcing firm to filter harmful content for OpenAI's ChatGPT were paid about "
     "€1.80 an hour.\n", "€1.80 an hour", ("conflicting",)),
    # So is another body's own count far from the claim's, in the claim's unit ...
    ("In de Filipijnen is klikwerk een volksindustrie geworden. Vietnam haalt snel in. Ook daar zijn inmiddels meer dan "
     "2 miljoen mensen betrokken bij klikwerk, stelt het adviesbureau Lotus Digital Labour in Hanoi.\n", "2 miljoen",
     ("unsourced",)),
    # ... but not a value the draft gives as the claim's source's own, wrongly: that contradicts it.
    ("Tijdens het debat zei Kamerlid Van Dijk dat \"wereldwijd zo'n 40 miljoen mensen\" AI-systemen trainen, volgens "
     "de Wereldbank.\n", "40 miljoen", ("conflicting",)),
    # ... nor one whose context says all the claim says, an estimate only cited by another (SPEC §4).
    ("Between 50 million and 90 million people worldwide do data work for AI, annotating images, text and audio, "
     "according to a recent estimate cited by Oxfam.\n", "50 million and 90 million", ("conflicting",)),
])
def test_another_scope_s_own_quantity_is_unsourced(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, statuses", [
    # Another organisation's share of the same people, of another thing: another finding, no contradiction.
    ("Marketers love to quote a recent Adobe study which found that 77% of consumers want brand experiences to be "
     "personalised to their needs. Newer polls are less enthusiastic. Larkfield Research, a London consultancy, found "
     "that 77% of the shoppers it surveyed were uneasy about how much brands already knew about them.\n",
     ("unsourced",)),
    # ... but the same finding credited to another is the claim's figure given to another (SPEC §4).
    ("Larkfield Research, a London consultancy, found that 77% of consumers want brand experiences personalised to "
     "their needs.\n", ("conflicting",)),
])
def test_another_finding_of_the_same_people_is_no_contradiction(engine, text, statuses):
    found = last_verdict(engine, text, "77%")
    assert found and found[1] in statuses, found


def test_a_row_s_other_labels_say_what_its_cell_is(engine):
    # The row's label names only where; the label beside it says what the sum is of.
    text = ("| Land | Werk | Loon |\n| --- | --- | --- |\n"
            "| Wereldwijd, onderkant van de markt | AI-training, na belasting | vanaf 1,46 dollar per uur |\n")
    found = last_verdict(engine, text, "1,46 dollar per uur", prefix=True)
    assert found and found[1] == "supported" and found[2] == "click-workers-hourly-pay", found


@pytest.mark.parametrize("text, figure", [
    # The writer's own fieldwork in four countries is not Casilli's study of four countries.
    ("Wie over datawerk schrijft, schrijft over schattingen. Voor dit verhaal sprak ik met 41 datawerkers in vier "
     "landen; de cijfers hieronder komen niet van hen.\n", "vier"),
    ("For this story we interviewed 36 data workers in four countries with low, middle and high incomes.\n", "four"),
])
def test_the_writers_own_fieldwork_is_no_claims(engine, text, figure):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] != "supported", found


def test_a_foundation_s_own_estimate_named_back_is_not_the_bank_s(engine):
    text = ("Stichting Eerlijk Klikken presenteerde vandaag een rapport over de lonen van mensen die AI-systemen "
            "trainen. Volgens een eigen schatting van de stichting werken wereldwijd 100 tot 400 miljoen mensen in "
            "deze industrie.\n")
    found = last_verdict(engine, text, "100 tot 400 miljoen")
    assert found and found[1] in ("conflicting", "unsourced"), found


@pytest.mark.parametrize("text, figure, statuses", [
    # A figure given as what one named before became contradicts that one's claim, however unlike its value ...
    ("Time reported that the Kenyans earned less than $2 an hour. By the time the story reached WhatsApp groups in "
     "Caracas, that had become \"$12 a day\".\n", "$12 a day", ("conflicting",)),
    ("The sentence everyone copies says data workers are \"paid as little as $1.46/hour after tax\". By the time it "
     "reached a Dutch newsletter it had become \"1,64 dollar per uur\".\n", "1,64 dollar per uur", ("conflicting",)),
    ("Volgens een Adobe-onderzoek wil 77 procent van de consumenten gepersonaliseerde merkervaringen. In mijn "
     "LinkedIn-tijdlijn werd dat binnen een dag \"bijna 90 procent\".\n", "90 procent", ("conflicting",)),
    ("AI-onderzoekers in Silicon Valley krijgen salarissen van zes cijfers. Een Nederlands vakblad maakte daar "
     "onlangs 'salarissen van zeven cijfers' van.\n", "zeven cijfers", ("conflicting",)),
    # ... and so does one shortened on its way, which may agree with it.
    ("The range you will see most often, 150 million to 430 million people doing data work, is a World Bank "
     "estimate. Headlines tend to shorten it to \"up to 430 million\".\n", "430 million", ("supported",)),
    # ... while a clause after a verb of becoming is said, not turned.
    ("Time reported that the Kenyans earned less than $2 an hour. It became clear that 77% of consumers want "
     "personalised brand experiences, an Adobe study found.\n", "77%", ("supported",)),
    # Another's estimate or a forecast is not turned in passing: its place, body or survey stays its own.
    ("Congo mines over 60% of the world's cobalt. Zambia's share is smaller, but by 2040 that could become over 60% "
     "too, according to Glencore.\n", "60%", ("conflicting", "unsourced")),
    ("De Filipijnse overheid telt meer dan 2 miljoen klikwerkers. In de Indiase schatting werd dat ook meer dan 2 "
     "miljoen.\n", "2 miljoen", ("conflicting", "unsourced")),
    ("The World Bank put data workers at 150 to 430 million. In the ILO's new report that became 100 to 400 "
     "million.\n", "100 to 400 million", ("conflicting", "unsourced")),
    ("Adobe found that 77% of consumers want personalised experiences. In Oracle's 2024 poll of UK shoppers, it "
     "became 77% as well.\n", "77%", ("conflicting", "unsourced")),
    ("Time reported Kenyan moderators were paid less than $2 an hour. Uganda cut its minimum wage for outsourcing "
     "firms in 2023. It became less than $2 an hour for most moderators.\n", "$2 an hour", ("conflicting", "unsourced")),
    # ... while a summary that passed the figure on turns it, whatever research it summarised.
    ("In Madagascar, microworkers earned about 90 to 100 euros a month for a full-time job, Casilli found. An English "
     "summary of his research that did the rounds online turned that into 90 to 100 dollars.\n", "90 to 100 dollars",
     ("conflicting",)),
])
def test_a_figure_given_as_another_gone_wrong_contradicts_its_claim(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # A speaker's own source before the colon the figure follows is the figure's: not Adobe's 77% ...
    ("**Do your own customers say the same?**\n\nOur own panel of UK shoppers came out almost identical: 77% want brand "
     "experiences personalised to their needs.\n", "77%", ("conflicting", "unsourced")),
    # ... nor a Flemish survey of one's own ("bevraging"), nor a figure reached with a method of one's own.
    ("Nee, wij vonden bij onze eigen bevraging van Belgische consumenten ook 77 procent die gepersonaliseerde "
     "merkervaringen wil.\n", "77 procent", ("conflicting", "unsourced")),
    ("'Ja. Wij kwamen los van de Wereldbank, met een eigen methode, op vrijwel hetzelfde uit: 100 tot 400 miljoen "
     "mensen die als klikwerker werken.'\n", "100 tot 400 miljoen", ("conflicting", "unsourced")),
    # ... while a source named before the colon is the figure's, and another's own count, cited, is theirs.
    ("Our own survey backs up what Adobe found: 77% of consumers want brand experiences personalised to their "
     "needs.\n", "77%", ("supported",)),
    ("We cite the World Bank, whose own count puts the people who do such work at 150 million to 430 million "
     "worldwide.\n", "150 million to 430 million", ("supported",)),
    # A person's own study, the sentence before having the person cite a body's: a verb after a name qualifies none.
    ("Dana Mbeki cites Adobe's study: more than three-quarters of consumers want brand experiences personalised to "
     "their needs. Her own company's poll found 77% of shoppers want the same.\n", "77%", ("conflicting", "unsourced")),
    ("Of the 1,200 shoppers we asked in 2024, 77% said they want brand experiences personalised to their needs.\n",
     "77%", ("conflicting", "unsourced")),
])
def test_a_speaker_s_own_source_is_no_claim_s(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("text, figure, statuses", [
    # A bare answer to the one sum a question or bold prompt asks about is a sum of its currency and period ...
    ("**Waarom dit boek?**\n\nOmdat niemand ze ziet.\n\n**U schrijft over datawerkers in Madagaskar: 900 tot 1000 euro "
     "per maand, fulltime.**\n\nNegentig tot honderd. Er is in de drukproef iets misgegaan.\n", "Negentig tot honderd",
     ("supported",)),
    ("**Did the Kenyan moderators OpenAI hired really earn about $20 an hour?**\n\nLess than 2, Time found.\n", "2",
     ("supported",)),
    # ... not a count far from it, which answers something else.
    ("**How many moderators did Sama hire at under $2 an hour?**\n\nTwo hundred, roughly.\n", "Two hundred",
     ("unsourced",)),
    ("**Hoeveel van de werknemers die u sprak verdienden 90 tot 100 euro per maand?**\n\nOngeveer honderd.\n",
     "honderd", ("unsourced",)),
])
def test_a_bare_answer_to_a_sum_asked_about_is_a_sum(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure)
    assert found and found[1] in statuses


@pytest.mark.parametrize("sentence, whole", [
    # What a share opened by "of which", "waarvan" is of: an owner's stock, the world's, or nothing said (None).
    ("Voltaan kocht vorig jaar 1.250 ton kobalt in, waarvan ongeveer     procent uit Congo kwam.", "own"),
    ("Tesla, de grootste autobouwer ter wereld, kocht 6.000 ton kobalt in, waarvan ruim     procent uit Congo kwam.",
     "own"),
    ("Wereldwijd werd vorig jaar 200.000 ton kobalt gedolven, waarvan ruim     procent in Congo.", "world"),
    ("Last year 170,000 tonnes of cobalt were mined, of which over     in the DRC.", None),
    ("Adobe ondervroeg duizenden consumenten, waarvan     procent personalisatie wil.", None),
    ("The share of the world's cobalt is over     .", None),  # no relative
])
def test_what_a_share_of_which_is_of(sentence, whole):
    from factlint.check.context import OWN_STOCK, _part_of
    from factlint.lang.gazetteer import WORLD
    found = _part_of(sentence, sentence.index("    "))
    assert found == {"own": OWN_STOCK, "world": frozenset({WORLD}), None: None}[whole]


@pytest.mark.parametrize("statement, year", [
    ("As far back as 2016, the World Bank was already estimating that between XX and XX people do it.", 2016),
    ("De Wereldbank telde in 2015 al XX klikwerkers.", 2015),
    ("In 2023 the bank put the number at XX.", 2023),
    # A span that reaches to now dates no figure to its first year.
    ("Since 2015, more than XX people have done click work.", 0),
    ("Sinds 2015 doen meer dan XX mensen klikwerk.", 0),
    # A year after the figure in its clause dates it too ("data from 2015" is of 2015) ...
    ("De Wereldbank telde XX klikwerkers in 2015.", 2015),
    ("World Bank data from 2015 put the number at XX.", 2015),
    # ... not one beyond its clause, nor one in an aside between commas.
    ("The bank puts it at XX, according to its 2023 report.", 0),
    ("Het rapport verscheen in 2019; nu gaat het om XX.", 0),
    ("OpenAI, founded in 2015, paid them less than XX.", 0),
    ("Back then, in 2015, the World Bank already counted XX.", 2015),  # a phrase that dates the clause
    ("Those figures, higher than a separate estimate from 2019, put it at XX.", 0),  # a comparison's year
    ("Volgens de Wereldbank werken XX mensen in een sector die in 2010 nog nauwelijks bestond.", 0),
    ("Casilli, die in 2019 een boek schreef, citeert XX.", 0),
    ("No year at all: XX.", 0),
    # A year glued to a name's letters is part of it: a forum handle.
    ("**ouwehoer1961** · 08:03 / Ik las XX, ook van de Wereldbank.", 0),
    ("@maria_2019 wrote that XX people do it.", 0),
])
def test_the_year_a_figure_s_clause_dates_it_to(statement, year):
    from factlint.check.context import _dated

    at = statement.index("XX")
    assert _dated(statement, at, at + 2) == year


@pytest.mark.parametrize("text, status", [
    # A figure dated to a year far from its source's publication (the Casilli interview: 2023) is another time's ...
    ("De Wereldbank telde in 2015 al 100 tot 400 miljoen klikwerkers.\n", ("conflicting", "unsourced")),
    ("De Wereldbank telde 100 tot 400 miljoen klikwerkers in 2015.\n", ("unsourced",)),  # not the other range's
    ("World Bank data from 2015 put the number of clickworkers at 100 to 400 million.\n", ("unsourced",)),
    # ... not one of the years the source reports on, nor a span to now, nor a year of an aside.
    ("Casilli, die in 2019 het boek En attendant les robots schreef, citeert schattingen van de Wereldbank van 100 tot "
     "400 miljoen mensen.\n", ("supported",)),
    ("In 2023 telde de Wereldbank wereldwijd 100 tot 400 miljoen klikwerkers.\n", ("supported",)),
    ("Sinds 2015 doen volgens de Wereldbank 100 tot 400 miljoen mensen dit werk.\n", ("supported",)),
])
def test_a_figure_dated_far_from_its_source_is_another_time_s(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


def test_a_figure_likened_to_another_body_s_is_not_that_body_s(engine):
    text = ("Volgens de Afrikaanse Ontwikkelingsraad werken 100 tot 400 miljoen mensen in deze industrie, wat opvallend "
            "dicht bij de cijfers van de Wereldbank ligt.\n")
    assert verdicts(engine, text)[-1][1] in ("conflicting", "unsourced")


@pytest.mark.parametrize("text, status", [
    # The words of an unknown body's name are its name's, not what the figure is about: "Workers" in a forum's name
    # names no workers the figure is paid to.
    ("Warehouse temps in Dhaka can take home as little as $1.46 an hour after tax, according to the Dhaka Shift "
     "Workers' Forum.\n", ("unsourced", "conflicting")),
    # The figure's own words still are: the claim's data workers, and a registry's own organisation named.
    ("Data labellers can take home as little as $1.46 an hour after tax.\n", ("supported",)),
    ("According to the World Bank, between 150 million and 430 million people do such work.\n", ("supported",)),
])
def test_an_unknown_body_s_name_says_nothing_of_the_figure(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # "Its own survey" is the survey of the one the sentence before names, not the registry's study of the same share.
    ("Concurrent Spraakhuis is sceptisch. Ook in zijn eigen klantenonderzoek wilde 77 procent van de klanten iets "
     "persoonlijks.\n", ("unsourced", "conflicting")),
    ("Rival Voxhouse is less sure. In its own customer survey, 77% of consumers wanted personalised brand "
     "experiences.\n", ("unsourced", "conflicting")),
    ("Adobe is sure of it. In its own survey, 77% of consumers wanted personalised brand experiences.\n",
     ("supported",)),
    # Its subject's, not a name that qualifies it, is compared with it or stands in an aside.
    ("Adobe's rival Voxhouse is less sure. In its own survey, 77% of consumers wanted personalised brand "
     "experiences.\n", ("unsourced", "conflicting")),
    ("Voxhouse, an Adobe rival, is less sure. In its own customer survey, 77% of consumers wanted personalised brand "
     "experiences.\n", ("unsourced", "conflicting")),
    ("Unlike Adobe, Voxhouse does not sell software. In its own survey, 77% of consumers wanted personalised brand "
     "experiences.\n", ("unsourced", "conflicting")),
    ("Adobe-concurrent Spraakhuis is sceptisch. Ook in zijn eigen klantenonderzoek wilde 77 procent van de consumenten "
     "gepersonaliseerde merkervaringen.\n", ("unsourced", "conflicting")),
    ("Adobe rival Voxhouse is less sure. In its own survey, 77% of consumers wanted personalised brand "
     "experiences.\n", ("unsourced", "conflicting")),
    ("The World Bank has long tracked platform work. In its own estimate, between 150 million and 430 million people "
     "do such work.\n", ("supported",)),
])
def test_a_study_of_its_own_is_of_the_one_named_before(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # Full-time and part-time pay are two figures: the claim's monthly pay is for a full-time job.
    ("'In Madagaskar krijgen deeltijdwerkers 90 tot 100 euro per maand voor dit soort werk.'\n",
     ("unsourced", "conflicting")),
    ("Part-time data workers in Madagascar earned about €90 to €100 a month.\n", ("unsourced", "conflicting")),
    ("Full-time data workers in Madagascar earned about €90 to €100 a month.\n", ("supported",)),
    ("In Madagaskar verdienden datawerkers met een voltijdbaan ongeveer 90 tot 100 euro per maand.\n", ("supported",)),
    ("Data workers in Madagascar earned about €90 to €100 a month.\n", ("supported",)),  # no basis said: the claim's
    # A claim that says no basis is said of part-timers too.
    ("Part-time moderators in Kenya were paid less than $2 an hour.\n", ("supported",)),
    # Written as a compound, an adjective or a noun of its own ...
    ("In Madagascar, part-timers doing data work earn about 90 to 100 euros a month.\n", ("unsourced", "conflicting")),
    ("In Madagaskar verdienen deeltijdse datawerkers ongeveer 90 tot 100 euro per maand.\n",
     ("unsourced", "conflicting")),
    # Half-time is part-time, in either language; a full working week is full time.
    ("In Madagascar, data workers with a half-time job earn €90 to €100 a month.\n", ("unsourced", "conflicting")),
    ("Wie in Madagaskar een halve baan heeft als datawerker, verdient 90 tot 100 euro per maand.\n",
     ("unsourced", "conflicting")),
    ("In Madagaskar werken datawerkers halftijds voor 90 tot 100 euro per maand.\n", ("unsourced", "conflicting")),
    ("Wie in Madagaskar een halve werkweek datawerk doet, verdient 90 tot 100 euro per maand.\n",
     ("unsourced", "conflicting")),
    ("In Madagaskar verdienen datawerkers 90 tot 100 euro per maand voor een volle werkweek.\n", ("supported",)),
    # ... but not part of anyone's time.
    ("Data workers in Madagascar, who spend part of their time waiting for tasks, earn about 90 to 100 euros a "
     "month.\n", ("supported",)),
])
def test_full_time_and_part_time_are_two_figures(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


def test_the_message_names_full_time_and_part_time_work(engine):
    checked, _ = check_text("Part-time data workers in Madagascar earned about €90 to €100 a month, according to "
                            "Antonio Casilli's research.\n", engine)
    assert "full-time work, not part-time work" in checked[-1].verdict.message


def test_a_study_of_his_own_after_a_sentence_citing_another_is_not_the_cited_one_s(engine):
    text = ("Antonio Casilli opens his Groningen lecture with the scale of the industry. Citing the World Bank, he says "
            "somewhere between 100 and 400 million people now do data work for AI.\n\nHis own fieldwork took him to four "
            "countries, from Venezuela to France.\n")
    assert verdicts(engine, text)[-1][1] == "supported"


@pytest.mark.parametrize("text", [
    # A headline's place is where a world estimate its sentence gives a body for is said of, as a section's label is
    # (a rule that let a headline's place give way was dropped: "their number" is India's workers').
    "# Why India's AI data workers earn so little\n\nThe World Bank puts their number at between 150 million and 430 "
    "million.\n",
    "## Hoe het zit in Kenia\n\nVolgens de Wereldbank doen 150 tot 430 miljoen mensen dit werk.\n",
])
def test_a_headline_s_place_holds_for_a_world_estimate(engine, text):
    assert verdicts(engine, text)[-1][1] in ("conflicting", "unsourced")


@pytest.mark.parametrize("text, status", [
    # A bold lead-in naming its body by its kind ("van het instituut") says whose the figures under it are: not the
    # registry's body unless the kind is its own ("of the bank" after the World Bank).
    ("# Rapport: ook Nederlandse klikwerkers slecht betaald\n\nHet Instituut voor Platformarbeid in Utrecht publiceerde "
     "dinsdag zijn jaarlijkse verkenning van online microwerk.\n\n**Belangrijkste bevindingen van het instituut**\n\n"
     "- ze werken gemiddeld 11 uur per week op de platforms\n- wereldwijd doen 100 tot 400 miljoen mensen dit soort "
     "werk\n", ("conflicting", "unsourced")),
    ("The World Bank published its estimate of the data workers who train AI on Tuesday.\n\n**Key findings of the "
     "bank**\n\n- between 150 million and 430 million people worldwide do data work for AI, annotating images\n",
     ("supported",)),
    # A noun any body is names back the one named before.
    ("Adobe published its annual consumer survey this week.\n\n**Key findings of the company**\n\n- 77% of consumers "
     "want brand experiences personalised to their needs\n", ("supported",)),
])
def test_a_bold_lead_naming_its_body_by_its_kind(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # A subject named only by its kind ("the statistics bureau", "het platformbureau") is a body of that kind: not the
    # registry's, unless the kind is its own ("de bank": the World Bank).
    ("het platformbureau in brussel kwam vorig jaar wereldwijd uit op honderd tot vierhonderd miljoen mensen in deze "
     "industrie\n", ("conflicting", "unsourced")),
    ("The statistics bureau puts the number of people doing such work worldwide at between 150 million and 430 "
     "million.\n", ("conflicting", "unsourced")),
    ("De vakbond meldt dat moderatoren in Kenia minder dan 2 dollar per uur kregen.\n", ("conflicting", "unsourced")),
    ("De bank schat dat wereldwijd 150 tot 430 miljoen mensen dit werk doen.\n", ("supported",)),
    ("The World Bank has studied platform work for years. The bank puts the number of people doing it at between 150 "
     "million and 430 million.\n", ("supported",)),
    # Named back, another body of the kind is that one, not the registry's ...
    ("De Afrikaanse Ontwikkelingsbank publiceerde dinsdag een rapport over klikwerk. De bank schat dat wereldwijd 150 "
     "tot 430 miljoen mensen dit werk doen.\n", ("conflicting", "unsourced")),
    ("De Wereldbank publiceerde dinsdag een rapport over klikwerk. De bank schat dat wereldwijd 150 tot 430 miljoen "
     "mensen dit werk doen.\n", ("supported",)),
    # ... a government's own body or a place's is none ("the department" of the government named before) ...
    ("The Philippine government has tried to count click workers. The department estimates that more than 2 million "
     "people in the Philippines do such work.\n", ("supported",)),
    ("De gemeente Cagayan de Oro, een kuststad in het zuiden van de Filipijnen, telt duizenden jongeren die dagelijks "
     "online werken voor de AI-industrie.\n", ("supported",)),
    # ... but a bureau or a centre is a body of its own.
    ("The research centre estimates that between 150 million and 430 million people do data work worldwide.\n",
     ("conflicting", "unsourced")),
    ("Het bureau schat dat wereldwijd 100 tot 400 miljoen mensen dit werk doen.\n", ("conflicting", "unsourced")),
    # ... nor is a kind before people: "the office workers" are workers.
    ("In Kenya, the office workers Sama hired for OpenAI were paid less than $2 per hour, Time reported.\n",
     ("supported",)),
])
def test_a_subject_named_by_its_kind(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # A clause joined to a finding, naming no one of its own, is the same finder's.
    ("A Lakeshore Analytics poll released last month found 61% of likely voters in the district support stricter "
     "rules on AI purchases, and 77% of Ohio shoppers say they want personalized online experiences.\n",
     ("conflicting", "unsourced")),
    ("Uit een peiling van Klantwijs bleek dat 61 procent van de kiezers strengere regels wil, en 77 procent van de "
     "consumenten wil gepersonaliseerde merkervaringen.\n", ("conflicting", "unsourced")),
    ("Adobe found that 61% of shoppers compare prices online, and 77% of consumers want brand experiences "
     "personalized to their needs.\n", ("supported",)),
    # The finder after its verb ("ontdekte Salesforce dat", "found, in a survey commissioned by Salesforce, that") or
    # far after an opener is the finder too.
    ("Vorig jaar ontdekte Salesforce dat 61 procent van de shoppers prijzen online vergelijkt, en 77 procent van de "
     "consumenten wil gepersonaliseerde merkervaringen.\n", ("conflicting", "unsourced")),
    ("Researchers found, in a survey commissioned by Salesforce, that 61% of shoppers compare prices online, and 77% of "
     "consumers want brand experiences personalised to their needs.\n", ("conflicting", "unsourced")),
    ("According to a survey of thousands of online shoppers published in March by Salesforce, 61% compare prices "
     "online, and 77% of consumers want brand experiences personalised to their needs.\n",
     ("conflicting", "unsourced")),
    # The finder is who found, not a name of what was found.
    ("A Time investigation found that OpenAI's Kenyan contractors were paid less than $2 an hour, and 77% of "
     "consumers want brand experiences personalised to their needs.\n", ("supported",)),
    # A clause of its own after the finding is not the finder's: its own place, its own verb and subject.
    ("The Philippine government estimates that more than two million people in the country do click work, and in "
     "Cagayan de Oro alone thousands of young people log on every day to support the industry.\n", ("supported",)),
    ("In an interview with the University of Groningen he cited World Bank estimates that 100 to 400 million people "
     "work in the industry, and said full-time microworkers in Madagascar earned roughly €90–100 per month.\n",
     ("supported",)),
])
def test_a_clause_joined_to_a_finding_is_the_finder_s(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # An attribution closing a sentence names back, by its kind, the body of the sentence before: its figure is that
    # body's.
    ("Dutch consumers are warming to personalised shopping, according to a survey by research agency Klantwijs. Some "
     "77% of the 1,046 people polled said they wanted brand experiences tailored to their needs, the agency said on "
     "Tuesday.\n", ("conflicting", "unsourced")),
    # An article before a figure is its own noun phrase's: no group named before ("tussen de 150 en 430 miljoen").
    ("Lijsttrekker Yara Bakker verwees naar de Democratische Republiek Congo, dat ruim 60 procent van het kobalt "
     "produceert. Achter AI zit net zo goed uitbuiting, zei ze: volgens de Wereldbank doen tussen de 150 en 430 "
     "miljoen mensen datawerk.\n", ("supported",)),
])
def test_what_a_sentence_leans_on(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # A figure converted into another currency or period gives the one before again: the claim of that one, whose
    # currency or period it is not.
    ("Keniaanse moderatoren kregen minder dan twee dollar per uur. Omgerekend is dat nog geen 1,90 euro per uur.\n",
     ("conflicting",)),
    ("Full-time microworkers in Madagascar earn about €90–100 a month, per Antonio Casilli's fieldwork – roughly "
     "$100–110 at today's exchange rate.\n", ("conflicting",)),
    ("Kenyan workers hired by Sama for OpenAI were paid less than $2 an hour, Time reported. Converted, that is about "
     "€1.85 an hour.\n", ("conflicting",)),
    # A study on conversion, or of exchange apps, converts nothing: its names stay.
    ("A Salesforce study on conversion found that 77% of consumers want brand experiences personalised to their "
     "needs.\n", ("conflicting", "unsourced")),
    ("A Salesforce study of currency exchange apps found that 77% of consumers want brand experiences personalised to "
     "their needs.\n", ("conflicting", "unsourced")),
    ("Een Salesforce-onderzoek naar de wisselkoers-apps liet zien dat 77 procent van de consumenten gepersonaliseerde "
     "merkervaringen wil.\n", ("conflicting", "unsourced")),
])
def test_a_figure_converted_from_the_one_before(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # A reporter's place in an aside may be the figure's own: "As a Ugandan union reported, moderators (there) …" (a
    # rule that dropped such places when the sentence pointed elsewhere let these through, and was dropped).
    ("As a Kenyan paper reported, Ugandan moderators were paid less than $2 an hour.\n", ("conflicting", "unsourced")),
    ("As a Ugandan union reported, moderators were paid less than $2 an hour to keep harmful content out of "
     "ChatGPT.\n", ("conflicting", "unsourced")),
    ("Moderators were paid less than $2 an hour, as a Ugandan union reported, to keep harmful content out of "
     "ChatGPT.\n", ("conflicting", "unsourced")),
    ("As a Ugandan union reported, moderators there were paid less than $2 an hour to keep harmful content out of "
     "ChatGPT.\n", ("conflicting", "unsourced")),
    ("Zoals een Oegandese vakbond meldde, kregen moderatoren daar minder dan 2 dollar per uur om schadelijke inhoud uit "
     "ChatGPT te houden.\n", ("conflicting", "unsourced")),
    # ... and "zoals" is also "such as".
    ("In Afrikaanse landen, zoals Kenia waarover Time berichtte, kregen moderatoren minder dan 2 dollar per uur.\n",
     ("supported",)),
])
def test_an_aside_saying_who_reported_it(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # A count said of one place on its own is that place's part, not a claim's count of people anywhere.
    ("In Nederland alleen al gebruiken honderden miljoenen mensen AI-toepassingen voor hun studie, werk en "
     "privéleven.\n", ("unsourced", "conflicting")),
    ("In Kenya alone, hundreds of millions of people use AI-based applications for their studies, work and personal "
     "lives.\n", ("unsourced", "conflicting")),
    # Said of no place, or not of the place alone, it is the claim's.
    ("Hundreds of millions of people use AI-based applications for their studies, work and personal lives.\n",
     ("supported",)),
    # A claim of a place still matches that place alone (Cagayan de Oro lies in the Philippines' count's country).
    ("In the Philippines alone, the government estimates that more than 2 million people do click work.\n",
     ("supported",)),
])
def test_a_count_of_one_place_alone_is_no_count_of_people_anywhere(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # A body named back by the kind its name opens with ("de federatie" after "de Winkelfederatie Vlaanderen"), in the
    # statement's words before a neighbouring figure, is the figure's source, not the study the sentence before cites.
    ("\"Ruim driekwart van de consumenten vraagt erom, dat toont de Adobe-studie\", zegt An Claes, woordvoerster van de "
     "Winkelfederatie Vlaanderen. Uit een eigen enquête van de federatie bij 1.500 Vlaamse consumenten bleek eveneens "
     "dat 77 procent gepersonaliseerde merkervaringen wil.\n", ("conflicting", "unsourced")),
    ("Volgens een recent onderzoek van Adobe wil 77 procent van de consumenten gepersonaliseerde merkervaringen. Uit "
     "een enquête van het bedrijf bij 1.500 consumenten bleek dat 77 procent van de consumenten het wil.\n",
     ("supported",)),
])
def test_a_body_named_back_by_the_kind_its_name_opens_with(engine, text, status):
    assert verdicts(engine, text)[-1][1] in status


@pytest.mark.parametrize("text, status", [
    # A survey a name publishes is its own, and "the survey" named back is that one: Gartner's, not Adobe's.
    ("Gartner published a survey of shoppers in May. According to the survey, 77% of consumers want personalized brand "
     "experiences.\n", "conflicting"),
    ("Adobe published a survey of shoppers in May. According to the survey, 77% of consumers want personalized brand "
     "experiences.\n", "supported"),
])
def test_the_survey_a_name_published_is_its_own(engine, text, status):
    assert verdicts(engine, text)[-1][1:] == (status, "adobe-personalization")


@pytest.mark.parametrize("text, status", [
    # A sum or a count followed by a comparative and its than-word is a difference between two figures, no level.
    ("Kenyan moderators earned $1.46 an hour more than their Ugandan colleagues.\n", "unsourced"),
    ("Kenyan moderators were paid $2 an hour less than OpenAI's US contractors.\n", "unsourced"),
    ("Keniaanse moderatoren kregen 2 dollar per uur minder dan hun Amerikaanse collega's.\n", "unsourced"),
    # Not after the figure's comma: that is a comparison of the level stated.
    ("Kenyan moderators for OpenAI were paid less than $2 an hour, less than a Nairobi cleaner earns.\n", "supported"),
    # Nor after a bound of its own: "more than a year after" is a time.
    ("Kenyan moderators for OpenAI were still paid less than $2 an hour more than a year after ChatGPT's launch, Time "
     "reported.\n", "supported"),
])
def test_a_difference_is_no_level(engine, text, status):
    assert verdicts(engine, text)[-1][1] == status


@pytest.mark.parametrize("text, figure, statuses", [
    # nd223-006: the world said of what the figure counts is its place, whatever else its clause names.
    ('Dana Whitcombe contrasted the engineers "on six-figure salaries in Silicon Valley" with the contractors who tag '
     "their training data abroad — between 150 and 430 million people worldwide, by the World Bank's estimate.\n",
     "150 and 430 million", ("supported",)),
    ("De ingenieurs in Silicon Valley verdienen zes cijfers, de labelers — volgens de Wereldbank 150 tot 430 miljoen "
     "mensen wereldwijd — een fractie daarvan.\n", "150 tot 430 miljoen", ("supported",)),
    # ... in its own noun phrase: not a remark after a comma or a dash (review-301).
    ("The Philippines has more than 2 million click workers — worldwide, only India has more.\n", "2 million",
     ("supported",)),
    ("In de Filipijnen doen volgens de overheid meer dan 2 miljoen mensen klikwerk, wereldwijd het hoogste aantal.\n",
     "2 miljoen", ("supported",)),
    ("OpenAI's Kenyan contractors earned under $2 an hour — globally one of the lowest rates in AI.\n", "$2 an hour",
     ("supported",)),
    # ... and in an aside that opens there and closes again (review-306).
    ("The World Bank counts between 150 million and 430 million data workers (worldwide), many of them in Kenya and the "
     "Philippines.\n", "150 million and 430 million", ("supported",)),
    ("Between 150 and 430 million people — worldwide, not just in Kenya — do data work for AI, the World Bank "
     "estimates.\n", "150 and 430 million", ("supported",)),
    ("The World Bank estimates that 150 million to 430 million people, globally, do data work, from Kenya to the "
     "Philippines.\n", "150 million to 430 million", ("supported",)),
    # ... not a place of its own clause otherwise: Kenya's pay said of Silicon Valley.
    ("Contractors in Silicon Valley who tag training data earn under $2 an hour, Time reported.\n", "$2 an hour",
     ("conflicting", "unsourced")),
])
def test_the_world_said_of_what_a_figure_counts_is_its_place(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A speaker whose own statement has the claim's body say the figure relays it, in the body's other language too
    # (news_dev254) ...
    ('"Wereldwijd doen volgens de Wereldbank tussen de 100 en 400 miljoen mensen dit werk, vaak in '
     'lagelonenlanden", zegt wethouder Veldkamp.\n',
     "100 en 400 miljoen", ("supported",)),
    ("Councillor Veldkamp says that, according to the World Bank, between 150 million and 430 million people do this "
     "work worldwide.\n",
     "150 million and 430 million", ("supported",)),
    # ... not one who gives the figure as its own, nor one whose figure the body's clause does not reach: a relative
    # clause or a possessive of the speaker's stands between (review-338).
    ("Councillor Veldkamp says that between 150 million and 430 million people do this work worldwide.\n",
     "150 million and 430 million", ("conflicting", "unsourced")),
    ("Volgens de Wereldbank groeit het klikwerk snel, zegt Remotasks, dat zelf 150 tot 430 miljoen werkers telt.\n",
     "150 tot 430 miljoen", ("conflicting", "unsourced")),
    ("'Volgens de Wereldbank groeit dit werk', zegt wethouder Veldkamp, die zelf 100 tot 400 miljoen werkers telt.\n",
     "100 tot 400 miljoen", ("conflicting", "unsourced")),
    ("According to the World Bank, data work is booming, says the ILO, which itself counts between 150 million and 430 "
     "million data workers.\n",
     "150 million and 430 million", ("conflicting", "unsourced")),
    ("According to the World Bank, data work is growing fast, says Remotasks, which itself counts 150 million to 430 "
     "million workers.\n",
     "150 million to 430 million", ("conflicting", "unsourced")),
    ("Remotasks zegt dat volgens de Wereldbank 150 tot 430 miljoen mensen dit werk doen.\n",
     "150 tot 430 miljoen", ("supported",)),
    # ... but a relative clause or a possessive of the body's own is the body's (review-341).
    ("According to the World Bank, its latest estimate puts the number of data workers at 150 million to 430 million, "
     "says Remotasks.\n",
     "150 million to 430 million", ("supported",)),
    ("Volgens de Wereldbank, die zijn schatting vorig jaar bijstelde, doen 150 tot 430 miljoen mensen dit werk, zegt "
     "Remotasks.\n",
     "150 tot 430 miljoen", ("supported",)),
    ("Het staat volgens de Wereldbank vast, zegt Remotasks, dat 150 tot 430 miljoen mensen dit werk doen.\n",
     "150 tot 430 miljoen", ("supported",)),
    # ... and a word of its own elsewhere is the body's (review-344).
    ("Remotasks says that, according to the World Bank's own estimate, between 150 million and 430 million people do "
     "data work.\n",
     "150 million and 430 million", ("supported",)),
    ("Volgens de Wereldbank telt de sector zelf 100 tot 400 miljoen werkers, zegt wethouder Veldkamp.\n",
     "100 tot 400 miljoen", ("supported",)),
    # People's employer who tells of them is an organisation of the figure, no mere teller (news_dev259).
    ("Moderators at Kestrel Review, a Nairobi firm screening posts for a European dating app, told us they too were "
     "paid less than $2 an hour.\n",
     "$2 an hour", ("conflicting", "unsourced")),
    ("Moderators at Sama told Time they were paid less than $2 an hour to label toxic text for OpenAI.\n",
     "$2 an hour", ("supported",)),
    ("Journalists at Reuters reported that moderators in Kenya earned less than $2 an hour.\n",
     "$2 an hour", ("supported",)),
    # Where an interview was published is no place of the figure it cites (news_dev255).
    ("An interview with the sociologist Antonio Casilli, published in Groningen, cites the World Bank at 100 to 400 "
     "million.\n",
     "100 to 400 million", ("supported",)),
])
def test_a_speaker_who_names_the_figure_s_source_relays_it(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A sentence opening with a pronominal adverb ("Daaruit blijkt dat …") leans on the one before (news_dev262): a
    # firm's own survey named there is the figure's source, the study before it not.
    ("Ruim driekwart van de consumenten wil dat merkervaringen afgestemd zijn op hun behoeften, bleek uit een onderzoek "
     "van Adobe. Klantwijs voerde ook een eigen bevraging uit. Daaruit blijkt dat 77 procent van de consumenten "
     "gepersonaliseerde merkervaringen wil.\n",
     "77 procent", ("conflicting", "unsourced")),
    ("Adobe deed onderzoek naar personalisatie. Daaruit blijkt dat 77 procent van de consumenten een gepersonaliseerde "
     "merkervaring wil.\n",
     "77 procent", ("supported",)),
    # Not "Daarvan": a share of what the sentence before named, whose words are no words of the figure (review-347).
    ("Congo telt duizenden kobaltmijnen. Daarvan is meer dan 60 procent illegaal.\n",
     "60 procent", ("unsourced",)),
])
def test_a_pronominal_adverb_leans_on_the_sentence_before(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A figure measuring a noun phrase the world's adjective opens is the world's, whatever place the sentence's subject
    # names (nd268-011): after "of", a relative clause or a measuring word and its preposition.
    ("Britain's AI sector depends on a global workforce that the World Bank puts at between 150 million and 430 "
     "million people.\n", "150 million and 430 million", ("supported",)),
    ("Kenya's AI boom rests on a global army of click workers that the World Bank estimates at 150 million to 430 "
     "million.\n", "150 million to 430 million", ("supported",)),
    ("De Nederlandse AI-sector leunt op een wereldwijd leger van 100 tot 400 miljoen klikwerkers, schat de "
     "Wereldbank.\n", "100 tot 400 miljoen", ("supported",)),
    ("Britain's AI sector relies on a worldwide workforce estimated at 150 million to 430 million people, the World "
     "Bank says.\n", "150 million to 430 million", ("supported",)),
    # Not a place's own staff across the world, nor a figure the phrase does not measure.
    ("Kenya's global workforce of 150 million to 430 million data workers is the world's largest, the World Bank "
     "says.\n", "150 million to 430 million", ("conflicting", "unsourced")),
    ("Global firms in Kenya employ between 150 million and 430 million data workers, the Kenyan labour ministry "
     "says.\n", "150 million and 430 million", ("conflicting", "unsourced")),
    ("In Kenya, a global platform paid moderators less than $2 an hour, Time reported.\n", "$2 an hour",
     ("supported",)),
    ("In Brazil, a global platform paid moderators less than $2 an hour.\n", "$2 an hour",
     ("conflicting", "unsourced")),
    # Only a count (review-363): a sum a global firm pays is its workers' ("… at less than $2 an hour").
    ("Kenya's moderators work for a global firm that kept wages at less than $2 an hour.\n", "$2 an hour",
     ("supported",)),
    # Not when the clause has the place as a noun of its own: the place's count, "alone" or not (review-363).
    ("The Philippines is home to a global workforce estimated at more than 2 million click workers.\n", "2 million",
     ("supported",)),
    ("The Philippines alone hosts a global workforce of 150 million to 430 million data workers, the World Bank "
     "estimates.\n", "150 million to 430 million", ("conflicting", "unsourced")),
    ("De Filipijnen alleen tellen een wereldwijd leger van 100 tot 400 miljoen klikwerkers, volgens de Wereldbank.\n",
     "100 tot 400 miljoen", ("conflicting", "unsourced")),
    # A place the clause names of its own: the world's or the place's, whichever claim's figure it is (review-364).
    ("Kenya supplies moderators to a global workforce the World Bank puts at 150 million to 430 million people.\n",
     "150 million to 430 million", ("supported",)),
    ("Cagayan de Oro has become a hub for a global workforce that the World Bank puts at between 150 million and 430 "
     "million people.\n", "150 million and 430 million", ("supported",)),
    ("Madagaskar levert arbeid aan een wereldwijd leger van 100 tot 400 miljoen klikwerkers, schat de Wereldbank.\n",
     "100 tot 400 miljoen", ("supported",)),
    ("The Philippines supplies a global workforce of more than 2 million click workers, according to the Philippine "
     "government.\n", "2 million", ("supported",)),
    ("Workers from Kenya, Venezuela and the Philippines join a global workforce the World Bank puts at 150 million to "
     "430 million.\n", "150 million to 430 million", ("supported",)),
    # ... the place's alone where the place has the phrase as its object or holds it alone (review-369).
    ("India has a global workforce of 150 million to 430 million data workers, its IT ministry says.\n",
     "150 million to 430 million", ("conflicting", "unsourced")),
    ("The Philippines on its own supplies a global workforce of 150 million to 430 million data workers.\n",
     "150 million to 430 million", ("conflicting", "unsourced")),
    ("Only Kenya supplies a global workforce of 150 million to 430 million data workers.\n",
     "150 million to 430 million", ("conflicting", "unsourced")),
    ("De Filipijnen leveren in hun eentje een wereldwijde beroepsbevolking van 150 tot 430 miljoen datawerkers.\n",
     "150 tot 430 miljoen", ("conflicting", "unsourced")),
    # Shared where a preposition joins the phrase, "only" or not (review-371).
    ("Only Kenya supplies moderators to a global workforce of 150 million to 430 million data workers, the World Bank "
     "estimates.\n", "150 million to 430 million", ("supported",)),
    # ... or stands before the place, whatever follows it (review-372).
    ("In Kenya itself, moderators join a global workforce of 150 million to 430 million data workers, the World Bank "
     "estimates.\n", "150 million to 430 million", ("supported",)),
    ("Workers in Kenya, who set their own hours, join a global workforce of 150 million to 430 million data workers, "
     "the World Bank estimates.\n", "150 million to 430 million", ("supported",)),
    ("In Kenia zelf voeden moderatoren een wereldwijd leger van 100 tot 400 miljoen klikwerkers, aldus de "
     "Wereldbank.\n", "100 tot 400 miljoen", ("supported",)),
    # So is a subject standing for a place of the sentence before (review-373): a pronoun, the bare country.
    ("India's IT ministry is bullish about data work. The country now employs a global workforce of between 150 million "
     "and 430 million annotators, the ministry claimed.\n", "150 million and 430 million", ("conflicting", "unsourced")),
    ("Kenya wants to become Africa's outsourcing hub. It has built a global workforce of 150 million to 430 million data "
     "workers, its trade minister said.\n", "150 million to 430 million", ("conflicting", "unsourced")),
    ("Kenya and the Philippines compete for annotation contracts. They employ a global workforce of between 150 "
     "million and 430 million people, a trade body claimed.\n", "150 million and 430 million",
     ("conflicting", "unsourced")),
    # Not a pronoun for people, an industry or a list "it" cannot stand for (review-374).
    ("Kenyan moderators hired through Sama earned less than $2 an hour, Time magazine reported. They join a global "
     "workforce that the World Bank puts at between 150 million and 430 million people.\n",
     "150 million and 430 million", ("supported",)),
    ("Data labelling has moved from Silicon Valley to the Global South. It now employs a global workforce of between "
     "150 million and 430 million people, the World Bank estimates.\n", "150 million and 430 million", ("supported",)),
    ("India and Kenya dominate the annotation market. It is a global workforce of between 150 million and 430 million "
     "people, the World Bank says.\n", "150 million and 430 million", ("supported",)),
    # ... after a phrase set off before the pronoun too, and "home to" holds it (review-375): not supported.
    ("Uganda and Kenya compete for contracts. Between them, they have built a global workforce of 150 million to 430 "
     "million people.\n", "150 million to 430 million", ("conflicting", "unsourced")),
    ("Kenya's tech ministry is proud. Kenya has become home to a global workforce of between 150 million and 430 "
     "million people, it says.\n", "150 million and 430 million", ("conflicting", "unsourced")),
    # ... unless a preposition joins it to the phrase.
    ("Kenya's moderators screened ChatGPT for OpenAI. They belong to a global workforce that the World Bank puts at "
     "between 150 million and 430 million people.\n", "150 million and 430 million", ("supported",)),
    # Any other place is read as the subject that has the phrase (review-372): "now employs", "has built", "which has".
    ("India now employs a global workforce of 150 million to 430 million data workers.\n",
     "150 million to 430 million", ("conflicting", "unsourced")),
    ("Kenya has built a global workforce of 150 million to 430 million data workers.\n",
     "150 million to 430 million", ("conflicting", "unsourced")),
    ("India, which has a global workforce of 150 million to 430 million data workers, dominates the trade.\n",
     "150 million to 430 million", ("conflicting", "unsourced")),
    ("Kenia heeft de afgelopen jaren een wereldwijd leger van 100 tot 400 miljoen klikwerkers opgebouwd.\n",
     "100 tot 400 miljoen", ("conflicting", "unsourced")),
    # ... but a place opening the sentence is no list with the subject after it (review-371).
    ("In Africa, Kenya has a global workforce of 150 million to 430 million data workers.\n",
     "150 million to 430 million", ("conflicting", "unsourced")),
    ("Sinds 2020 heeft Kenia een wereldwijd leger van 100 tot 400 miljoen klikwerkers.\n", "100 tot 400 miljoen",
     ("conflicting", "unsourced")),
    # The price: a place as a subject reads as holding the phrase, whatever its verb means ("Like Kenya, Madagascar
    # feeds a global workforce of …" reads as "India has a global workforce of …"; so do "Moderators whom Kenya trains
    # join …" and "Kenya says its moderators join …", review-371).
    ("Venezuela, Brazil and Madagascar all feed a global army of 100 million to 400 million microworkers, according "
     "to World Bank estimates.\n", "100 million to 400 million", ("conflicting", "unsourced")),
    ("Like Kenya, Madagascar feeds a global workforce of 150 million to 430 million data workers, by the World Bank's "
     "estimate.\n", "150 million to 430 million", ("conflicting", "unsourced")),
    # A place's people before it are part of the world's workforce (nd195-005).
    ("The government estimates that more than two million Filipinos already do such click work, part of a global "
     "workforce the World Bank puts at as many as 430 million people.\n", "430 million", ("supported",)),
    # ... nor when a place follows the figure in its noun phrase.
    ("Remotasks runs a global platform of more than 2 million click workers in the Philippines.\n", "2 million",
     ("supported",)),
])
def test_a_figure_measuring_the_world_s_noun_phrase_is_the_world_s(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A body the claim does not name saying a figure the press reported is another source (review-363), a place's
    # institution too.
    ("According to the Kenyan Ministry of Labour, moderators who labelled content for ChatGPT earned less than $2 an "
     "hour.\n", "$2 an hour", ("conflicting", "unsourced")),
    ("The Kenyan Ministry says Kenyan moderators were paid less than $2 an hour.\n", "$2 an hour",
     ("conflicting", "unsourced")),
    ("According to the French Ministry, data workers in Madagascar earned about €90 to €100 a month.\n",
     "€90 to €100 a month", ("conflicting", "unsourced")),
    # Not a person who lived it, nor the press that reported it.
    ("Moderators who labelled content for ChatGPT were paid less than $2 an hour, says former moderator Grace "
     "Wambui.\n", "$2 an hour", ("supported",)),
    ("According to Time, moderators who labelled content for ChatGPT were paid less than $2 an hour.\n", "$2 an hour",
     ("supported",)),
])
def test_a_body_the_claim_does_not_name_saying_a_reported_figure(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, figure, statuses", [
    # A share of the cobalt mined, dug or extracted in a place is a share of that place's cobalt (review-364), no
    # place's share of the world's.
    ("More than 60% of the cobalt mined in Congo ends up in Chinese refineries.\n", "60%", ("unsourced",)),
    ("More than 60% of the cobalt dug in Congo ends up in Chinese refineries.\n", "60%", ("unsourced",)),
    ("Over 60% of the cobalt extracted in the DRC comes from Chinese-owned mines.\n", "60%", ("unsourced",)),
    ("Meer dan 60 procent van het kobalt dat in Congo wordt gedolven, gaat naar China.\n", "60 procent",
     ("unsourced",)),
    ("More than 60% of the cobalt that is mined in Congo is dug by artisanal miners.\n", "60%", ("unsourced",)),
    ("Over 60% of all the cobalt dug up in Congo ends up in Chinese refineries.\n", "60%", ("unsourced",)),
    ("Over 60% of the cobalt mined illegally in Congo is smuggled across the border.\n", "60%", ("unsourced",)),
    ("Over 60% of the cobalt mined in 2023 came from the DRC.\n", "60%", ("supported",)),
    # ... not the sentence's own verb after the noun, nor the world's stock (review-369).
    ("Over 60% of cobalt is mined in Congo.\n", "60%", ("supported",)),
    ("Over 60% of the world's cobalt is mined in Congo.\n", "60%", ("supported",)),
    ("Meer dan 60 procent van het kobalt ter wereld wordt in Congo gedolven.\n", "60 procent", ("supported",)),
    # ... the world's where the phrase says so.
    ("More than 60% of the cobalt extracted worldwide comes from Congo.\n", "60%", ("supported",)),
    ("Meer dan 60 procent van het kobalt dat in de wereld wordt gedolven, komt uit Congo.\n", "60 procent",
     ("supported",)),
    ("It is more than three in five of all the cobalt dug on the planet, said a trader in Kinshasa about Congo.\n",
     "three in five", ("supported",)),
])
def test_a_share_of_what_a_place_yields_is_that_place_s(engine, text, figure, statuses):
    found = last_verdict(engine, text, figure, prefix=True)
    assert found and found[1] in statuses, found


@pytest.mark.parametrize("text, status", [
    # A place named back by its noun is the sentence before's place of that kind, and only the place: that sentence's
    # topic does not vouch for another measure (review-410).
    ("The DRC produces most of the world's cobalt. Children in the country make up over 60% of the miners.\n",
     "not supported"),
    ("The Philippines is a hub for call centres. In the country, more than 2 million people work in call centres.\n",
     "not supported"),
    ("Lagos wants a share of the outsourcing boom. Moderators at the city's new firms say they earn less than $2 an "
     "hour.\n", "not supported"),
    ("London is catching up with California. Researchers at the city's AI labs now command six-figure salaries.\n",
     "not supported"),
    # Not in an aside: the city the Post spent weeks in places the Post, not the figure.
    ("In Cagayan de Oro, thousands of young people log on to Remotasks every day. The Washington Post, which spent "
     "weeks in the city, spoke to more than 30 of them.\n", "unsourced"),
])
def test_a_place_named_back_by_its_noun_places_the_figure(engine, text, status):
    last = [s for _, s, _ in verdicts(engine, text)][-1]
    assert (last != "supported") if status == "not supported" else last == status


@pytest.mark.parametrize("text, status", [
    # What part of those a body counted is paid is said of them, not by the body …
    ("A World Bank estimate puts the number of people doing AI data work at 150 to 430 million, some of them paid as "
     "little as $1.46 a day after tax.\n", "conflicting"),
    # … but a share right after them is the one the body counted (review-411).
    ("Oracle surveyed 5,000 shoppers. Most of them, 77%, want brand experiences personalized to their needs.\n",
     "conflicting"),
    ("Deloitte polled 2,000 consumers. Many of them, more than three-quarters, want personalised brand experiences.\n",
     "conflicting"),
])
def test_a_part_of_those_counted_before(engine, text, status):
    assert [s for _, s, _ in verdicts(engine, text)][-1] == status


@pytest.mark.parametrize("text, status", [
    # A person quoted on their own lot in the first person is whom the figure is of, not its source …
    ("'I earn ninety to a hundred euros a month,' says Fanja Ravelo, a data worker in Antananarivo.\n", "supported"),
    ("'Ik verdiende minder dan 2 dollar per uur,' zegt de Keniaanse moderator Mophat Okinyi.\n", "supported"),
    # … not one thinking of others, nor a share a body has (review-412).
    ("'Ik denk dat Malagassische datawerkers 90 tot 100 euro per maand verdienen,' zegt onderzoeker Mark Graham.\n",
     "conflicting"),
    ("'We think 77% of consumers want personalised brand experiences,' says Oracle's CMO.\n", "conflicting"),
])
def test_a_person_quoted_on_their_own_lot(engine, text, status):
    assert [s for _, s, _ in verdicts(engine, text)][-1] == status


def test_a_reported_clause_naming_a_name_is_none_of_its_teller_s_group(engine):
    # "lezer" (reader) asks; the clause it reports is Casilli's: the count conflicts by value, not by group.
    checked, _ = check_text("Dezelfde lezer vroeg of het klopt dat Casilli in vijf landen onderzoek deed.\n", engine)
    assert checked[-1].verdict.status == "conflicting"
    assert "another value" in checked[-1].verdict.message and "User" not in checked[-1].verdict.message


@pytest.mark.parametrize("text, figure, status", [
    # A quotation naming a place of its own is said of it, whatever the words around it name (nd325-010) ...
    ('"Australia produces over 60% of the world\'s cobalt" is the DRC\'s figure attached to the wrong country.\n',
     "60%", "conflicting"),
    # ... a quotation naming none before the figure is said of the sentence's place (review-83).
    ('"Over 60% of the world\'s cobalt" is what the DRC produces.\n', "60%", "supported"),
    ('The DRC produces "over 60% of the world\'s cobalt, much of it refined in China", writes one blogger.\n', "60%",
     "supported"),
    ("‘In België weten mensen niet eens dat meer dan de helft van het kobalt in hun telefoon uit Congo komt,’ zegt ze.\n",
     "de helft", "supported"),  # the quotation's places, the one after the figure too, up to its clause's end:
    ('"Indonesia now produces over 60% of the world\'s cobalt as a by-product of its nickel boom, so Kinshasa has less '
     'leverage than it thinks," said a metals strategist.\n', "60%", "conflicting"),
    # A count of countries lists them in brackets too (nd325-006); a relative after a noun a city qualifies is the
    # noun's, not the city's.
    ("That figure comes from Casilli's interview with the Groningen school, though, where he also describes how he "
     "studied data workers in four countries (Venezuela, Madagascar, Brazil and France).\n", "four", "supported"),
    # Whose figure or version of one a sentence gives says what the figure before is, not what it measures (nd325-001,
    # nd325-002) ...
    ("Your draft says the moderators OpenAI hired in Kenya to screen ChatGPT earned $2 a day. Time's figure, as the "
     "Flemish piece reports it, is less than $2 an hour.\n", "$2 an hour", "supported"),
    ('We say "between 150 million and 430 million people do data work for AI, according to the World Bank". '
     'Amara\'s alternative, "as many as 400 million", also holds.\n', "400 million", "supported"),
    # ... and a figure set beside the one before for comparison is its own (nd326-002).
    ("These exploited workers are paid as little as $1.46/hour after tax. For comparison, the statutory minimum wage "
     "in this country is £12.10 an hour.\n", "£12.10 an hour", "unsourced"),
    # A concessive clause says something else of its own (nd326-004).
    ("The Department's Consumer Insight Panel asked 2,150 adults and, strikingly, also found that 77% of consumers "
     "want brand experiences to be personalised to their needs, although only 31% said they would let a retailer use "
     "their location data to achieve that.\n", "31%", "unsourced"),
    # A short label naming a measure says what the figures after its colon are; a clause naming one in passing does
    # not (nd329-002, n24dev-029).
    ('(a) The DRC\'s share of the world\'s cobalt: accept "more than half"; do not accept "about 40%", which some '
     'candidates copied from an old atlas.\n', "40%", "conflicting"),
    ("Vanaf 1 januari krijgen de werknemers van de gemeente 2 procent meer loon: ongeveer 90 euro per maand extra.\n",
     "90 euro per maand", "unsourced"),
    # A row's cells are read apart: "Madagaskar" and "interview met …" make no Malagasy interview (nd329-023).
    ("| Land | Maandloon datawerkers, fulltime | Bron |\n| --- | --- | --- |\n"
     "| Madagaskar | 90–100 euro | interview met Antonio Casilli |\n", "90–100 euro", "supported"),
    # A person's pronoun stands for the person the sentence before names, not for a body opening it (nd330-024).
    ("Beeldbaak, dat beeldherkenning levert aan verzekeraars, liet computerwetenschapper Jeroen Baert de dag openen. "
     "Hij denkt niet dat AI-technologie ooit honderd procent perfectie zal bereiken.\n", "honderd procent",
     "supported"),
    ("Casilli, die al jaren klikwerk onderzoekt, werd geïnterviewd door journaliste Maartje Dijkgraaf. Hij zegt dat "
     "werknemers in Madagaskar ongeveer 90 tot 100 euro per maand verdienden.\n", "90 tot 100 euro per maand",
     "supported"),  # a person opens it (review-84)
    # A range of places in two countries names the world (nd330-013); one country's two cities are that country's.
    ("Volgens recente schattingen van de Wereldbank werken er inmiddels 100 tot wel 400 miljoen mensen in deze "
     "industrie, van Manilla tot Nairobi en van Caracas tot Groningen.\n", "100 tot wel 400 miljoen", "supported"),
    ("OpenAI's moderators, from Nairobi to Kisumu, earned less than $2 an hour.\n", "$2 an hour", "supported"),
    # A consequence after ", so" is a clause of its own: its names are not the figure's (nd327-004).
    ("Careful: Sorrel Research also told my last company that 77% of consumers want brand experiences tailored to "
     "them, so maybe they just recycle Adobe.\n", "77%", "conflicting"),
    # ... not a comment between commas, a denial, "so far" (review-85).
    ("In Uganda, so a union claims, OpenAI's moderators earned less than $2 an hour.\n", "$2 an hour", "conflicting"),
    ("Het IMF schat, dus niet de Wereldbank, dat 100 tot wel 400 miljoen mensen in deze industrie werken.\n",
     "100 tot wel 400 miljoen", "conflicting"),
    ("The World Bank estimates that, so far, between 150 million and 430 million people do data work for AI.\n",
     "150 million and 430 million", "supported"),
    # A share the sentence after speaks of, after an opening phrase, is the one before said again (nd328-012) ...
    ("A computer scientist, Jeroen Baert, says it may tell a cat from a dog 99 percent of the time. For a medical "
     "scan, 99 percent is unacceptable.\n", "99 percent", "supported"),
    # ... not one whose sentence says what it measures of its own.
    ("Adobe found that 77% of consumers want brand experiences personalised to their needs. In our own survey, 77% is "
     "the share of readers who never open marketing e-mails.\n", "77%", "unsourced"),
    ("The DRC produces over 60% of the world's cobalt. In Zambia, 60% is the share of copper in exports.\n", "60%",
     "unsourced"),
    ("A computer scientist, Jeroen Baert, says it may tell a cat from a dog 99 percent of the time. For the human "
     "labellers in Kenya, 99 percent is the accuracy their clients demand.\n", "99 percent", "unsourced"),
    ("The Philippine government estimates that more than 2 million people do click work. In Kenya, 2 million is "
     "roughly the number of tea farmers.\n", "2 million", "unsourced"),  # a count is no share (review-86)
])
def test_a_figure_s_own_words_say_what_it_is(engine, text, figure, status):
    assert last_verdict(engine, text, figure)[1] == status


@pytest.mark.parametrize("text, figure, status", [
    # A comment after the figure, its sayer named before it, is no source of it (nd345-002) ...
    ("A rival agency, Brightfold, told its clients that 77% of British consumers want brand experiences tailored to "
     "their needs, which I think is just Adobe's number.\n", "77%", "conflicting"),
    ("Volgens het bureau Klantlens wil 77 procent van de consumenten gepersonaliseerde merkervaringen, hoewel Adobe "
     "dat nooit zo mat.\n", "77 procent", "conflicting"),
    # ... but with no sayer before it, the comment says whose the figure is; a source after the figure is its own.
    ("Some 77% of consumers want brand experiences personalized to their needs, which is what a recent Adobe study "
     "found.\n", "77%", "supported"),
    ("77% of consumers want brand experiences personalized to their needs, according to a recent Adobe study.\n",
     "77%", "supported"),
    # Nor does a comment that gives the figure's source or its subject without doubting it (review-93).
    ("Brightfold tells clients that 77% of consumers want brand experiences personalised to their needs, because that "
     "is what a recent Adobe study found.\n", "77%", "supported"),
    ("According to Sama, the Kenyan moderators earned less than $2 an hour, when they labelled toxic content for "
     "OpenAI's ChatGPT.\n", "$2 an hour", "supported"),
])
def test_a_comment_after_the_figure_names_no_source_of_it(engine, text, figure, status):
    assert last_verdict(engine, text, figure)[1] == status


@pytest.mark.parametrize("text, figure, status", [
    # A clause of a few words after ", and" gives its figure as what its sentence's first clause asks or says (nd346-016).
    ("De quizavond in buurthuis De Vonk eindigde in een discussie. Vraag 12 luidde hoeveel mensen er volgens recente "
     "schattingen van de Wereldbank werken in de industrie die AI traint, en het antwoordvel gaf \"100 tot wel 400 "
     "miljoen\".\n", "100 tot wel 400 miljoen", "supported"),
    ("The quiz night at the Harbour Club ended in a row. Question 12 asked how many people do data work for AI, "
     "according to a recent World Bank estimate, and the card said \"150 million to 430 million\".\n",
     "150 million to 430 million", "supported"),
    # ... but not one naming a place of its own (review-94).
    ("In Kenia kregen moderatoren van OpenAI minder dan 2 dollar per uur, en Madagaskar 90 tot 100 euro per maand.\n",
     "90 tot 100 euro per maand", "supported"),
])
def test_a_clause_of_a_few_words_goes_on_from_its_sentence(engine, text, figure, status):
    assert last_verdict(engine, text, figure)[1] == status
