"""The in-memory check: a text and a prepared Engine in, verdicts and diagnostics out, in one pass."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from factlint.check.engine import Diagnostic, Engine, check_text, iter_check_text
from factlint.documents import PLAIN
from factlint.registry.load import load_registry

ROOT = Path(__file__).resolve().parents[2]
PAY = "Data labelers are paid as little as $1.46/hour after tax"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.build(load_registry(ROOT / "claims", ROOT))


def test_check_text_gives_each_figure_its_verdict(engine):
    checked, diagnostics = check_text(f"{PAY}. Renting a GPU costs $9.99 per hour.\n", engine)
    assert [(c.occurrence.figure.text, c.verdict.status) for c in checked] == [
        ("$1.46/hour", "supported"), ("$9.99 per hour", "unsourced")]
    assert checked[0].verdict.claim.id == "click-workers-hourly-pay"
    assert diagnostics == []


def test_an_unknown_citation_key_is_a_diagnostic_placed_at_its_bracket(engine):
    text = f"{PAY} [@no-such-source].\n"
    _, diagnostics = check_text(text, engine)
    assert diagnostics == [Diagnostic(text.index("[@"), len("@no-such-source"),
                                      "unknown citation key @no-such-source: no [[source]] has this id")]


def test_verdicts_come_one_at_a_time_diagnostics_first(engine):
    checked, diagnostics = iter_check_text(f"{PAY} [@nope].\n\nAnother $2 figure.\n", engine)
    assert isinstance(checked, Iterator) and len(diagnostics) == 1
    assert next(checked).occurrence.figure.text == "$1.46/hour"


def test_plain_text_and_a_forced_language(engine):
    checked, _ = check_text("Volgens de Wereldbank werken 100 tot 400 miljoen mensen in deze industrie.\n", engine,
                            form=PLAIN, lang="nl")
    assert [(c.occurrence.figure.text, c.verdict.status) for c in checked] == [("100 tot 400 miljoen", "supported")]


def test_related_claims_are_of_other_claims_and_symmetric(engine):
    claims = {c.id: c for c in engine.registry.claims}
    for claim in engine.registry.claims:
        for other, score in engine.related(claim):
            assert other.id != claim.id and score >= 50.0
            assert claim.id in {c.id for c, _ in engine.related(claims[other.id])}


def test_an_engine_made_again_of_the_same_model_checks_alike(engine):
    again = Engine(engine.registry, engine.model)
    text = f"{PAY}.\n"
    assert [c.verdict for c in check_text(text, again)[0]] == [c.verdict for c in check_text(text, engine)[0]]


def test_an_engine_travels_to_a_worker_process_whole(engine):
    """Under spawn a worker gets the engine pickled: the model arrives frozen and equal."""
    again = pickle.loads(pickle.dumps(engine))
    assert again.model == engine.model and again.registry == engine.registry
    text = f"{PAY}.\n"
    assert [c.verdict for c in check_text(text, again)[0]] == [c.verdict for c in check_text(text, engine)[0]]


@pytest.mark.parametrize(("text", "status"), [
    # A sum of money that measures something else than the claim's is no reading of it.
    ("Scale AI, the start-up that supplies training data to OpenAI, brought in $870 million in revenue.",
     "unsourced"),
    ("AI researchers at Silicon Valley corporations raised $900,000 in funding.", "unsourced"),
    ("Voor AI-onderzoekers in Silicon Valley kost een appartement 3.000 dollar huur per maand.", "unsourced"),
    ("AI researchers at Silicon Valley corporations are paid six-figure salaries, before signing bonuses that can "
     "reach $250,000.", "unsourced"),  # a bonus on top of pay (nd277-007)
    # ... not a bonus set beside pay, or after it (review-91).
    ("Apart from a small bonus Kenyan moderators got less than $2 an hour.", "supported"),
    ("Kenyan moderators got less than $2 an hour and no bonus at all.", "supported"),
    ("Keniaanse moderatoren hielden, inclusief bonus, minder dan 2 dollar per uur over.", "supported"),
    ("Even with the bonus they earned less than $2 an hour in Kenya, for OpenAI.", "supported"),  # (review-92)
    ("Zonder bonus verdienden Keniaanse moderatoren minder dan 2 dollar per uur.", "supported"),
    ("Keniaanse moderatoren kregen geen bonus en minder dan 2 dollar per uur.", "supported"),
    ("Silicon Valley corporations offer AI researchers $250,000 signing bonuses on top of six-figure salaries.",
     "supported"),
    # The same measure in other words is still the claim's; a value the n-figure reading bounds is one it allows.
    ("AI researchers at Silicon Valley corporations earn six-figure salaries.", "supported"),
    ("AI researchers at Silicon Valley corporations earn salaries of about $186,000.", "supported"),
    ("AI researchers at Silicon Valley corporations earn salaries of about $86,000.", "conflicting"),
])
def test_a_sum_of_money_of_another_measure_is_not_the_claims(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status == status


@pytest.mark.parametrize(("text", "status"), [
    # A claim counting a noun of its own ("duizenden klikwerkers") counts no photos, whatever general noun its
    # statement counts in ("thousands of click workers").
    ("Een klikwerker vertelt: 'Vorige maand heb ik 4.000 foto's van honden en katten gelabeld.'", "unsourced"),
    ("A click worker says she labelled 4,000 photos of cats and dogs last month.", "unsourced"),
    # The same noun is still the claim's.
    ("Achter elke slimme app zitten 5.000 onzichtbare klikwerkers die dag in, dag uit voorbeelden labelen.",
     "conflicting"),
    # A claim of people counts no things it names them at work on, nor jobs.
    ("Between 150 million and 430 million images are annotated every day, the World Bank estimates.", "unsourced"),
    ("Between 150 million and 430 million jobs could be automated by AI, according to a World Bank estimate.",
     "unsourced"),
    # Its people in other words are still its own.
    ("Between 150 million and 430 million people annotate images, a recent World Bank estimate says.", "supported"),
    ("Het is de Filipijnse overheid die meer dan 2 miljoen betrokkenen telt.", "supported"),
    # A count per period is no total, however round ("10 billion … a day" of the 10 billion a company can buy); a
    # vague one is how many do a thing that often.
    ("Click workers label 10 billion animal photos a day, says Jeroen Baert.", "unsourced"),
    ("In Cagayan de Oro, thousands of young people log on every day to do click work.", "supported"),
    # Review (helper-261): "youth" counts the young ("thousands of youth gig workers" are Cagayan de Oro's young).
    ("In Cagayan de Oro, thousands of youth gig workers work online every day for the AI industry as Remotasks "
     "freelancers.", "supported"),
    # Review (helper-261): a Dutch verb after the number, or one of the figure's context, is no thing counted.
    ("Meer dan 2 miljoen werken er in de Filipijnen in het klikwerk, schat de Filipijnse overheid.", "supported"),
    ("Volgens de Wereldbank werken er 100 tot wel 400 miljoen in deze industrie.", "supported"),
])
def test_a_count_of_another_noun_is_not_the_claims(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked][-1] == status


@pytest.mark.parametrize(("text", "status"), [
    # A title before a claim's person's surname names that person: the interview's Casilli, who cites the World Bank.
    ("Socioloog Casilli: wereldwijd zijn er 100 tot 400 miljoen klikwerkers.", "supported"),
    ("Sociologist Casilli: worldwide, there are 100 to 400 million click workers.", "supported"),
    # ... but a word of prose shared with another name is no same name.
    ("The Data Bank estimates that there are 100 to 400 million click workers worldwide.", "conflicting"),
])
def test_a_title_and_a_surname_name_the_claims_person(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


@pytest.mark.parametrize(("text", "status"), [
    # The researchers' pay said of other people: those who oversee the workers, a trade.
    ("The team leads had six-figure salaries, in shillings.", "unsourced"),
    ("Plumbers in Ohio earn six-figure salaries.", "unsourced"),  # another place and another group: no candidate
    ("AI researchers in Ohio earn six-figure salaries.", "conflicting"),  # another place only: the claim's, misplaced
    ("De teamleiders verdienden salarissen van zes cijfers.", "unsourced"),
    ("AI-onderzoekers in Silicon Valley krijgen salarissen van zes cijfers.", "supported"),
])
def test_a_claims_pay_of_another_group_of_people_is_not_the_claims(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


@pytest.mark.parametrize(("text", "status"), [
    # A value a claim's bound allows but does not state, given as another body's own measure, is that body's ...
    ("Congo has tightened its grip on cobalt. Kestrel Minerals Monitor, a consultancy, puts the country's share of "
     "mined supply at 71% last year.", "unsourced"),
    ("Het onderzoeksbureau Kestrel becijfert het aandeel van Congo in het wereldwijde kobalt op 71 procent.",
     "unsourced"),
    # ... not when the draft gives no one's measure, or the one the claim itself cites.
    ("Congo produces 70% of the world's cobalt.", "supported"),
    ("The Democratic Republic of Congo mines nearly two-thirds of the world's supply, according to figures cited by "
     "the campaign group Kids Mine Cobalt.", "supported"),
    ("Hanna Vos: para 3 says the DRC produces about 70% of the world's cobalt.", "supported"),  # a quote, no measure
    ("Remotasks itself counted 2.5 million click workers in the Philippines last year.", "unsourced"),
    # The body may stand after the verb, own the noun before it, or author a measure named by a noun.
    ("Congo delfde vorig jaar 71 procent van het kobalt in de wereld, schat Kestrel Minerals Monitor.", "unsourced"),
    ("Last year, Kestrel Minerals Monitor's analysts estimated that Congo mined 71% of the world's cobalt.",
     "unsourced"),
    ("According to estimates by Kestrel Minerals Monitor, Congo mined 71% of the world's cobalt last year.",
     "unsourced"),
    ("Volgens een eigen telling van Remotasks zijn er 2,5 miljoen klikwerkers in de Filipijnen.", "unsourced"),
    # The body is the subject of a relative clause that measures, or comes to the value (nd325-010, nd325-015) ...
    ("We may be asked about Ridgemont Metals Research, which put Congo's share of the world's cobalt at 74% in its "
     "spring outlook.", "unsourced"),
    ("Congo levert ruim 60 procent van het kobalt ter wereld. Kanttekening: het Antwerpse bureau Scheldemijn Analytics "
     "kwam in zijn voorjaarsrapport uit op 71 procent voor Congo.", "unsourced"),
    ("Ridgemont came to 74% for Congo's share of the world's cobalt.", "unsourced"),
    # ... or stands with its seat before the verb (nd349-002).
    ("Kalunga Research in Lusaka now puts Congo's share of world cobalt output at 74%.", "unsourced"),
    ("Het bureau Kalunga Research in Lusaka schat het aandeel van Congo in het wereldwijde kobalt nu op 74 procent.",
     "unsourced"),
    ("Miners in Kolwezi say the DRC produces about 70% of the world's cobalt.", "supported"),
    # ... or is its subject past a relative clause of no figure (nd342-015).
    ("Het Antwerpse handelshuis Scheldemetaal, dat zelf kobalt inkoopt, rekent met een Congolees aandeel van 71 "
     "procent.", "unsourced"),
    ("Kestrel Minerals Monitor, which trades cobalt itself, reckons the DRC's share of world output at 71%.",
     "unsourced"),
    # Dutch puts a body's value with "houden op" (nd334-017); one who holds a view gives none of its own.
    ("Het Utrechtse Instituut Grondstoffenwacht houdt het Congolese aandeel in het wereldwijde kobalt in zijn eigen "
     "jaarrapport op 74 procent.", "unsourced"),
    ("Grondstoffenwacht hield het Congolese aandeel van het wereldwijde kobalt vorig jaar op 74 procent.", "unsourced"),
    ("Kids Mine Cobalt houdt vol dat Congo ruim 60 procent van het wereldwijde kobalt produceert.", "supported"),
    ("Kamerlid Kops hield vol dat 70 procent van het kobalt in de wereld uit Congo komt.", "supported"),  # (review-87)
    ("Het mijnbouwbureau CAMI houdt toezicht op de Congolese mijnen, die 70 procent van het wereldwijde kobalt leveren.",
     "supported"),
    # ... not a relative clause that measures nothing, nor a body coming to a place.
    ("The DRC, which produces about 70% of the world's cobalt, hosts Glencore.", "supported"),
    ("Glencore came to the DRC, which produces about 70% of the world's cobalt.", "supported"),
    ("Tesla came to the table on 12 March to talk about the DRC, which produces about 70% of the world's cobalt.",
     "supported"),  # a date, no value come to (review-83)
    ("Tesla, which found itself under fire over child labour, buys cobalt from the DRC, which produces about 70% of the "
     "world's cobalt.", "supported"),  # a relative clause that holds no figure measures none
    ("Congo produces 70% of the world's cobalt, according to a survey of the industry.", "supported"),
    ("De DRC, die rekent op Chinese investeerders, levert 70 procent van het wereldwijde kobalt.", "supported"),
    ("Unicef rekent Congo, dat 70 procent van het kobalt ter wereld levert, tot de risicolanden.", "supported"),
    ("Remotasks rekent op de 3 miljoen klikwerkers in de Filipijnen.", "supported"),  # relies on (review-91)
    # A body gives it, names or claims it in a relative clause on the figure, or is named as its source (nd323-001,
    # nd323-016).
    ("The Ironbark Metals Review yearbook gives 73% for the DRC's share of world cobalt output.", "unsourced"),
    ("Het cijfer van 74 procent dat Kivu Mijnwacht voor het Congolese aandeel in de wereldproductie van kobalt noemt, "
     "klopt niet.", "unsourced"),
    ("The 74% that Kivu Mine Watch claims for the DRC's share of world cobalt output is too high.", "unsourced"),
    ("According to the Katanga Ore Bureau, the DRC now produces 68% of the world's cobalt.", "unsourced"),
    ("According to Dr Lena Vos, the DRC produces about 70% of the world's cobalt.", "supported"),  # a person repeats it
    ("According to Siddharth Kara, the DRC produces about 70% of the world's cobalt.", "supported"),  # (review-80)
    ("Volgens Jeroen Baert levert Congo zo'n 70 procent van het kobalt ter wereld.", "supported"),
    ("Siddharth Kara, who has visited the mines, gives the DRC's share as about 70% of the world's cobalt.",
     "supported"),
    ("Siddharth Kara, who spent years in the mines, says that according to Kara's count the DRC produces about 70% of "
     "the world's cobalt.", "supported"),  # a surname alone of a person the sentence names (review-81)
    ("According to Amnesty, 70% of the world's cobalt comes from the DRC.", "unsourced"),  # a body's (review-82)
    # A possessive standing for a body of the claim's, or a verb that does not take the figure (review-82).
    ("Kids Mine Cobalt says the DRC dominates; their campaign puts the share at 70% of the world's cobalt.",
     "supported"),
    ("Her team found work in the DRC's mines, which produce 70% of the world's cobalt.", "supported"),
    ("Remotasks gave 2.5 million Filipinos click work last year.", "supported"),  # a count of those given work
    # A body named by a possessive and its noun measures too (nd250-002); the claim's own body does not.
    ("The Philippine government's figure is too low, says Ana Reyes: her group puts the total at 3.2 million.",
     "unsourced"),
    ("De klikwerkers vinden dat te laag: hun eigen bond schat het aantal klikwerkers in de Filipijnen op 2,9 miljoen.",
     "unsourced"),
    # A relative clause on another noun than the figure gives nothing of it.
    ("The DRC produces about 70% of the world's cobalt, a metal that Tesla says it cannot do without.", "supported"),
    ("Congo levert zo'n 70 procent van het kobalt ter wereld, een grondstof die Tesla naar eigen zeggen niet kan "
     "missen.", "supported"),
    # A name that measures nothing ("where Glencore runs …", "to meet demand", "An estimated …") is no such body.
    ("An estimated 70% of the world's cobalt comes from the DRC, where Glencore runs some of the biggest mines.",
     "supported"),
    ("Glencore and CMOC mine in the DRC, which produces some 70% of the world's cobalt, to meet demand.", "supported"),
    ("Put simply, the DRC, home to Glencore's Mutanda mine, produces about 70% of the world's cobalt.", "supported"),
    # So is the writer's own measure of its own stock (nd212-003), not the claim's bound said of "our" stock.
    ("Our exposure is direct: in FY2024, 64% of the cobalt in our cells came from the DRC.", "unsourced"),
    ("Ruim 60 procent van het kobalt in onze batterijen komt uit Congo.", "supported"),
    ("About 70% of the cobalt in our phones comes from the Democratic Republic of Congo.", "supported"),  # everyone's
    ("Zo'n 70 procent van het kobalt in onze batterijen komt uit Congo.", "supported"),
])
def test_a_value_inside_a_claims_bound_from_another_body_is_that_body_s(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked][-1] == status


@pytest.mark.parametrize(("text", "status"), [
    # The claim names its workers; its keywords call them moderators too: no difference of group.
    ("Keniaanse moderatoren die voor OpenAI ChatGPT moesten filteren, kregen volgens Time dagelijks "
     "honderdvijftig tekstfragmenten voorgelegd.", "supported"),
    # "moderate" is a verb here, not the moderators: the World Bank's data workers.
    ("At least 150 million people label data, moderate posts or rate chatbot answers for a living, the World "
     "Bank estimates.", "supported"),
])
def test_a_claims_keywords_name_its_people_in_other_words(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


@pytest.mark.parametrize(("text", "status"), [
    # "er" stands for the tasks of the sentence before, which no claim counts: not Kenya's 150 passages a day.
    ("Sommige klusjes duren maar 30 seconden. Een klikwerker doet er dan honderden per dag.", "unsourced"),
    # It stands for the photos the sentence before counts: a correction of the claim's figure, in its own words.
    ("Een bedrijf koopt 10 miljoen dierenfoto's in, en zij moeten onder elke foto het juiste label hangen. "
     "Het waren er 10 miljard.", "supported"),
    # A question's answer counts what the question asks for, whatever nouns it holds.
    ("Maar wie traint die systemen? Volgens de Wereldbank zijn dat er minstens 150 miljoen.", "supported"),
])
def test_a_clitic_counts_a_plural_of_the_sentence_before(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status == status


@pytest.mark.parametrize(("text", "status"), [
    # The claim has the Philippine government say it (its keywords name Remotasks): Remotasks saying it is another source.
    ("Volgens Remotasks zelf doen meer dan 2 miljoen Filipino's dit klikwerk.", "conflicting"),
    ("Volgens de Filipijnse overheid doen meer dan 2 miljoen Filipino's dit klikwerk.", "supported"),
    # Remotasks only named, not having it said: the government's figure still.
    ("The government estimates that more than 2 million Filipinos do click work for platforms such as Remotasks.",
     "supported"),
])
def test_another_of_the_claims_names_saying_it_is_another_source(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


def test_a_claim_counts_what_its_statement_counts_its_figure_in(engine):
    # The quote counts "jongeren"; the statement, "young people": the draft's "young people" are the claim's.
    text = ("CAGAYAN DE ORO, Philippines — Thousands of young people in this southern port city log on every day "
            "to label data for Remotasks, the Washington Post found.")
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked] == [("supported", "cagayan-de-oro-young-workers")]


def test_the_source_s_own_words_say_what_an_english_statement_says(engine):
    # The statement is English; the quote Dutch. A Dutch draft that says what the quote says, in three of its
    # words, is about the claim: a keyword alone is not ("lithium-ion batteries").
    text = ("Een systeem dat in 95 procent van de gevallen een kat van een hond weet te onderscheiden, is volgens "
            "hem voor sommige toepassingen goed genoeg.")
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked] == [("conflicting", "cat-dog-99-percent")]


@pytest.mark.parametrize("text", [
    "She started labelling at 19, she writes.",  # one word of the passages claim ("labelling")
    "| Gemiddelde leeftijd van klikwerkers (jaren) | 27 |\n| --- | --- |\n",
])
def test_one_word_of_a_claim_is_no_match(engine, text):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == ["unsourced"]


@pytest.mark.parametrize(("text", "status", "claim"), [
    # The Dutch World Bank claim names no place; the English one, about the same estimate, says it of the
    # world: said of India, the figure conflicts with it.
    ("In India werken volgens de Wereldbank 100 tot 400 miljoen mensen als klikwerker voor AI-bedrijven.",
     "conflicting", "world-bank-data-workers"),
    # Said of India alone, it conflicts with the Dutch claim itself: a count of people anywhere is no place's part.
    ("In India alleen al werken volgens de Wereldbank 100 tot 400 miljoen mensen als klikwerker voor AI-bedrijven.",
     "conflicting", "world-bank-microworkers-nl"),
    # A place the sentence mentions in passing, outside the figure's clause, says nothing of the estimate.
    ("As many as 400 million people now work in the industry, according to World Bank estimates cited by the "
     "sociologist Antonio Casilli, who interviewed 17 workers in Antananarivo for his latest project.",
     "supported", "world-bank-microworkers-nl"),
])
def test_a_claim_with_no_place_takes_the_place_of_its_kin(engine, text, status, claim):
    checked, _ = check_text(text, engine)
    assert (checked[0].verdict.status, checked[0].verdict.claim.id) == (status, claim)


@pytest.mark.parametrize(("text", "status"), [
    # A place of the texts around the figure (the town a listener writes from, the city of the sentence before) is
    # where the world's estimate was said or read, not what it is of.
    ("**Hanneke uit Zwolle schrijft:** 'Volgens de Wereldbank doen tussen de 150 en 430 miljoen mensen dit datawerk.'",
     "supported"),
    ("Back to Maracaibo, where Yusmary logs on at dawn. Her work is part of an industry in which between 150 million "
     "and 430 million people do such work, according to a recent World Bank estimate.", "supported"),
    # The figure's own clause naming a place says it of that place: not the world's estimate.
    ("In Venezuela alone, between 150 million and 430 million people do such work, according to a recent World Bank "
     "estimate.", "conflicting"),
    # ... and so does a country around it, its heading or the sentence it leans on: what the text is about.
    ("## India\n\nBetween 150 million and 430 million people do data work for AI, according to a World Bank estimate.",
     "conflicting"),
    ("India's data-labelling industry is booming. It employs between 150 million and 430 million people, according to "
     "a World Bank estimate.", "conflicting"),
    # A count its clause says of one place is that place's, whatever world word stands beside it.
    ("In India alone, 150 to 430 million people do data work for AI, part of a global industry, the World Bank says.",
     "conflicting"),
    ("Wereldwijd doen volgens de Wereldbank in Kenia alleen al 150 tot 430 miljoen mensen datawerk.", "conflicting"),
])
def test_a_place_around_a_figure_is_no_place_of_a_claim_of_the_world(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked] == [(status, "world-bank-data-workers")]


def test_a_place_fronted_before_the_figure_s_clause_is_its_own_whatever_the_world_after_a_dash(engine):
    text = ("Another post claimed that in Latin America alone, between 150 million and 430 million people do such work – "
            "the global range pinned on a single region.")
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] in (["conflicting"], ["unsourced"])


@pytest.mark.parametrize(("text", "status"), [
    # A city naming an institution the estimate was told or read in is where that institution is, no place of it ...
    ("Het gaat volgens de Wereldbank om 100 tot wel 400 miljoen mensen, zo staat in een interview van de "
     "Rijksuniversiteit Groningen met socioloog Antonio Casilli.", "supported"),
    ("Volgens de Wereldbank doen 100 tot wel 400 miljoen mensen dit werk, zei een onderzoeker van de Universiteit van "
     "Amsterdam.", "supported"),
    # ... but a city standing on its own in the figure's clause is the figure's.
    ("In Amsterdam alone, 100 to 400 million people work in the industry, according to World Bank estimates.",
     "conflicting"),
])
def test_a_city_in_an_institution_s_name_is_no_place_of_a_claim_of_the_world(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


def test_a_city_in_an_institution_s_name_still_places_a_claim_of_a_country(engine):
    # A union named for Accra speaks of its members there: Kenya's pay said of Ghana's capital.
    checked, _ = check_text("The Accra Data Workers Union says its members were paid less than $2 an hour to keep "
                            "harmful content out of ChatGPT.", engine)
    assert [c.verdict.status for c in checked] in (["conflicting"], ["unsourced"])


def test_there_is_where_the_sentence_before_placed_its_subject_in_an_aside_too(engine):
    text = ("Veldt AI, the Accra-based contractor, says it has learned from that episode. But three former employees "
            "told Rest of World that moderators there, screening text for a chatbot client, were paid less than $2 an "
            "hour and expected to get through about "
            "150 passages a day – figures strikingly close to those Time reported from Nairobi.")
    checked, _ = check_text(text, engine)
    assert [(c.occurrence.figure.text, c.verdict.status) for c in checked][1:] == [
        ("$2 an hour", "conflicting"), ("150", "conflicting")]
    assert "Accra" in checked[1].verdict.message


@pytest.mark.parametrize(("text", "statuses"), [
    # nd224-004: "there" after the noun it places is the place of the sentence before, which the figure's sentence does
    # not otherwise lean on.
    ("Ligaya Ramos thinks Vietnam is catching up fast. By her reckoning more than 2 million people there already do "
     "click work for AI platforms.", ("unsourced", "conflicting")),
    ("Ramos denkt dat Vietnam snel inloopt. Volgens haar doen al meer dan 2 miljoen mensen daar klikwerk voor "
     "AI-platforms.", ("unsourced", "conflicting")),
    # ... not when its own sentence names the place it points to (n30dev-008), nor when it is the place of the claim.
    ("The report singles out the Philippines, whose government estimates that more than 2 million people there do such "
     "click work.", ("supported",)),
    ("She grew up in the Philippines. More than 2 million people there do click work for AI platforms, the government "
     "says.", ("supported",)),
    # ... and one a government there tells (review-301).
    ("Vietnam is catching up fast. More than 2 million people do click work for AI platforms, the government there "
     "estimates.", ("unsourced", "conflicting")),
    ("Vietnam haalt snel in. Meer dan 2 miljoen mensen doen klikwerk voor AI-platforms, schat de overheid daar.",
     ("unsourced", "conflicting")),
    ("Vietnam is catching up fast. More than 2 million people do click work for AI platforms, researchers there "
     "estimate.", ("unsourced", "conflicting")),
    # ... nor a "there" of an attribution after the figure's clause (review-300), whoever else it names (review-306).
    ("The summit was held in London. Over 60% of the world's cobalt is dug by hand, a government minister told "
     "delegates there.", ("supported",)),
    ("The summit was held in London. Over 60% of the world's cobalt is dug by hand, delegates there heard.",
     ("supported",)),
    ("The summit was held in Geneva. By the World Bank's estimate, between 150 million and 430 million people do online "
     "data work, delegates there heard.", ("supported",)),
])
def test_there_after_its_noun_is_the_place_of_the_sentence_before(engine, text, statuses):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status in statuses


@pytest.mark.parametrize(("text", "statuses"), [
    # nd240-003: a conjunction opens the figure's clause inside a quote its attribution breaks.
    ("“People say Congo,” a trader told me, “but Indonesia already makes over sixty per cent of the world's cobalt.”",
     ("conflicting", "unsourced")),
    ("People say Congo, but Indonesia already makes over sixty per cent of the world's cobalt.",
     ("conflicting", "unsourced")),
    # nd240-001, nd240-015: a heading's audience is no group of the figures under it.
    ("# The Night Readers\n\nAchieng labelled texts for ChatGPT in Nairobi. “A hundred and fifty passages a day,” she "
     "says, as Time reported.", ("supported",)),
    ("# De lezers van Nairobi\n\nJarenlang las hij voor een onderaannemer van OpenAI de teksten die ChatGPT moest leren "
     "weigeren. Time schreef over honderdvijftig tekstfragmenten per dag.", ("supported",)),
    ("# Engineers in Silicon Valley\n\nTime wrote about the pay of OpenAI's contractors. They earned less than $2 an "
     "hour.", ("conflicting", "unsourced")),
    # Review-324: a share or a count may be the heading's audience's.
    ("## Listeners\n\nSeventy-seven per cent want episodes personalised to their needs, the podcast's own survey found.",
     ("conflicting", "unsourced")),
    ("## Kijkers\n\n77 procent wil programma's die zijn afgestemd op hun behoeften, blijkt uit onze eigen enquête.",
     ("conflicting", "unsourced")),
    # Review-329: ... but a share of no named body's study under a heading naming the audience is the audience's.
    ("## What matters to listeners\n\nSeventy-seven per cent want episodes personalised to their needs, the station's "
     "survey found.", ("conflicting", "unsourced")),
    ("## Lezers schrijven over hun krant\n\n77 procent wil berichten die beter zijn afgestemd op hun behoeften, blijkt "
     "uit onze lezersenquête.", ("conflicting", "unsourced")),
    # Review-328: a share its own statement gives a body's study for is that study's, whatever the heading.
    ("## Readers ask\n\nWhy do ads feel so personal? Because brands know that 77% want them that way, according to a "
     "recent Adobe study.", ("supported",)),
    ("## Voor de haastige lezer\n\n- Volgens een recent onderzoek van Adobe wil 77 procent gepersonaliseerde "
     "merkervaringen.", ("supported",)),
    # A place the gazetteer does not hold gives no other claim's place to the figure.
    ("On the island of Java, more than 2 million people do click work for AI, the government estimates.",
     ("conflicting", "unsourced")),
    # nd243-019: a plural pronoun after a sentence naming workers in general is theirs, not the heading's group.
    ("## Klanten willen persoonlijke reclame\n\nOm dat mogelijk te maken, trainen bedrijven AI-systemen met hulp van "
     "laagbetaalde werkers. Die houden soms maar 1,46 dollar per uur over na belasting.", ("supported",)),
    ("## Shoppers want personalised ads\n\nTo make that possible, companies train AI systems with the help of low-paid "
     "workers. They sometimes take home as little as $1.46 an hour after tax.", ("supported",)),
    # nd245-006: a column of sources "cited by" someone names the sources.
    ("| Metric | Value | Source cited by Mirewood |\n| --- | --- | --- |\n| People doing data work worldwide | "
     "150m–430m | Corriston Insights |", ("conflicting", "unsourced")),
    ("| Metric | Value | Cited by |\n| --- | --- | --- |\n| People doing data work worldwide | 150m–430m | "
     "The Guardian |", ("supported",)),
    ("| Metric | Value | Estimate cited by |\n| --- | --- | --- |\n| People doing data work worldwide | 150m–430m | "
     "The Guardian |", ("supported",)),
    # Review-328: a figure's maker ("Estimate published by"), a source named anywhere in the header ("Original source,
    # cited by …"), and a source column of the press ("Source (publication)").
    ("| Metric | Value | Estimate published by |\n| --- | --- | --- |\n| People doing data work worldwide | 150m–430m | "
     "IMF |", ("conflicting", "unsourced")),
    ("| Cijfer | Waarde | Schatting gepubliceerd door |\n| --- | --- | --- |\n| Datawerkers wereldwijd | 150 tot 430 "
     "miljoen | IMF |", ("conflicting", "unsourced")),
    ("| Metric | Value | Original source, cited by The Guardian |\n| --- | --- | --- |\n| People doing data work "
     "worldwide | 150m–430m | IMF |", ("conflicting", "unsourced")),
    ("| Metric | Value | Source (publication) |\n| --- | --- | --- |\n| People doing data work worldwide | 150m–430m | "
     "The Guardian |", ("supported",)),
    # Review-329: a header opening with a noun of source holds sources, a noun of the press after it or not.
    ("| Metric | Value | Source cited by the newspaper |\n| --- | --- | --- |\n| People doing data work worldwide | "
     "150m–430m | IMF |", ("conflicting", "unsourced")),
    ("| Cijfer | Waarde | Bron genoemd in artikel |\n| --- | --- | --- |\n| Datawerkers wereldwijd | 150 tot 430 "
     "miljoen | IMF |", ("conflicting", "unsourced")),
    ("| Finding | Share | Source (as cited in the article) |\n| --- | --- | --- |\n| Consumers who want personalised "
     "brand experiences | 77% | Corriston Insights |", ("conflicting", "unsourced")),
])
def test_whose_place_and_group_a_figure_has_in_features(engine, text, statuses):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status in statuses


def test_an_alert_s_sender_is_no_source_of_its_figures(engine):
    text = ("**Kazi Post** · now\nCorvana survey: 77% of consumers want brands to personalise their experiences\n\n"
            "**Kazi Post** · 2h ago\nPhilippines: upwards of two million people now do click work for AI, government "
            "estimates\n")
    checked, _ = check_text(text, engine)
    assert [(c.occurrence.figure.text, c.verdict.status) for c in checked] == [
        ("77%", "conflicting"), ("two million", "supported")]


def test_a_count_of_countries_keeps_the_city_its_people_are_in(engine):
    # Review of the eighteenth session: "no city holds countries" made this supported.
    checked, _ = check_text("The data workers Casilli interviewed in Amsterdam came from four countries.\n", engine)
    assert [c.verdict.status for c in checked] != ["supported"]


@pytest.mark.parametrize("text", [
    # nd206-003: the name in the clause of time dates the figure; the think tank is whom the sentence has say it.
    "The Kazi Research Centre, a Nairobi think tank, says Kenyan data workers were earning less than $2 an hour long "
    "before ChatGPT launched.",
    "Het Kazi Research Centre zegt dat Keniaanse datawerkers al minder dan 2 dollar per uur verdienden voordat ChatGPT "
    "werd gelanceerd.",
])
def test_a_name_in_a_clause_of_time_is_no_organisation_of_the_figure(engine, text):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] != ["supported"]


@pytest.mark.parametrize(("text", "status"), [
    # Review (helper-261): a name acting on another in a clause of time may be the figure's, or another's.
    ("Kenyan workers at Sama were paid less than $2 an hour until OpenAI ended the contract early, Time magazine "
     "reported.", "supported"),
    ("Keniaanse werknemers van Sama kregen minder dan 2 dollar per uur totdat OpenAI het contract opzegde, meldde Time.",
     "supported"),
    ("Since Meta outsourced its content moderation to Sama, Kenyan moderators have earned less than $2 an hour.",
     "conflicting"),
])
def test_only_a_name_arriving_in_a_clause_of_time_is_left_out(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


@pytest.mark.parametrize(("text", "status"), [
    # nd206-022: children named alone are no claim's kind of workers.
    ("In de Congolese kobaltmijnen verdienen kinderen net zo goed 1,46 dollar per uur.", "unsourced"),
    ("In Congo's cobalt mines, children earn as little as $1.46 an hour after tax.", "unsourced"),
    # ... not children named after the figure, nor in a noun's compound.
    ("Kenyan workers were paid less than $2 an hour by OpenAI to read descriptions of child abuse.", "supported"),
    ("Keniaanse arbeiders van OpenAI kregen minder dan twee dollar per uur en lazen over misbruik van kinderen.",
     "supported"),
])
def test_the_pay_of_a_part_of_a_population_named_alone_is_not_a_claims_workers(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked][0] == status


@pytest.mark.parametrize(("text", "status"), [
    # nd206-017, nd206-023: the places before a relative of place on a noun that is no place are the sentence's, not
    # the world estimate's.
    ("Het Franse Vannelle Data opent een vestiging in Madagaskar en volgt daarmee andere Franse AI-bedrijven in een "
     "industrie waarin volgens recente schattingen van de Wereldbank 100 tot wel 400 miljoen mensen werken.",
     "supported"),
    ("The French firm opens an office in Madagascar, moving into an industry in which between 150 million and 430 "
     "million people work, according to a recent World Bank estimate.", "supported"),
    # ... but a place inside the relative clause is the figure's.
    ("Het Franse bedrijf volgt anderen in een industrie waarin volgens de Wereldbank in India alleen al 100 tot 400 "
     "miljoen mensen werken.", "conflicting"),
    # Review (helper-262): a relative on a place's noun, or on a noun the place has, is of the place.
    ("India is a country where between 150 million and 430 million people do such work, according to a recent World "
     "Bank estimate.", "conflicting"),
    ("India is een land waar volgens de Wereldbank 100 tot wel 400 miljoen mensen in deze industrie werken.",
     "conflicting"),
    ("India has built a data-labelling industry in which between 150 million and 430 million people work, according "
     "to a recent World Bank estimate.", "conflicting"),
])
def test_a_relative_of_place_on_a_noun_leaves_the_sentence_s_places_behind(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked][-1] == status


def test_a_clause_cut_by_a_neighbouring_figure_is_of_the_people_its_statement_opens_with(engine):
    # nd206-015: the workers opening the statement, not the investors of the sentence before.
    text = ("Het fonds zegt de ophef niet langer te kunnen verdedigen tegenover zijn beleggers. Die ophef begon met een "
            "reportage van Time: Keniaanse werkers die voor OpenAI schadelijke inhoud uit ChatGPT moesten filteren, "
            "kregen minder dan 2 dollar per uur en kregen 150 tekstfragmenten per dag voorgelegd.")
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == ["supported", "supported"]


def test_a_clause_cut_by_a_neighbouring_figure_with_a_subject_of_its_own_is_not_the_leads(engine):
    # Review (helper-262): the bosses are no workers; the workers' lead does not stand in for the clause's own subject
    # (the tool knows no "chefs": the group it falls back on is the sentence before's).
    text = ("Het fonds zegt de ophef niet langer te kunnen verdedigen tegenover zijn beleggers. Die ophef begon met een "
            "reportage van Time: Keniaanse werkers die voor OpenAI schadelijke inhoud uit ChatGPT moesten filteren, "
            "kregen minder dan 2 dollar per uur en hun chefs kregen 150 tekstfragmenten per dag voorgelegd.")
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked][-1] != "supported"


@pytest.mark.parametrize("text", [
    # Review (helper-262): a government named after the colon that is not the one saying it.
    "The Luzon Outsourcing Council has a bolder number: unlike the government, it reckons more than 2 million "
    "Filipinos are involved in click work.",
    "The Luzon Outsourcing Council disputes the official count: the government, it says, wrongly reckons more than 2 "
    "million Filipinos are involved in click work.",
])
def test_a_statement_after_a_colon_merely_naming_a_government_is_the_leads(engine, text):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] != ["supported"]


@pytest.mark.parametrize(("text", "status"), [
    # nd207-005: a bracket set after a quotation names its source.
    ('"77% of consumers want brand experiences personalised to their needs." (Northfold Research)\n', "conflicting"),
    ('"77% of consumers want brand experiences personalised to their needs." (Adobe)\n', "supported"),
    # ... not a stage direction, nor a bracket inside the sentence.
    ('Kenyan workers hired by OpenAI were paid less than $2 an hour, Time reported. (Shouts of "Shame!")\n',
     "supported"),
    # Review (helper-265): nor a credit after prose, a speaker, an agency or a paper.
    ("Kenyan workers were paid less than $2 an hour to filter toxic content. (AP Photo)\n", "supported"),
    ('"Kenyan moderators were paid less than $2 an hour to read the worst content on the internet." (Billy Perrigo)\n',
     "supported"),
    ('"77% of consumers want brand experiences personalised to their needs." (Marketing Director Jane Smith)\n',
     "supported"),
    ("In de Filipijnen zijn meer dan 2 miljoen mensen betrokken bij klikwerk. (Belga)\n", "supported"),
    # Review (helper-266): a firm of one word, a body named so, a quotation in single quotes; not a paper's title.
    ('"77% of consumers want brand experiences personalised to their needs." (Salesforce)\n', "conflicting"),
    ('"Kenyan moderators were paid less than $2 an hour." (Amnesty International)\n', "conflicting"),
    ("'77% of consumers want brand experiences personalised to their needs.' (Pew Research Center)\n", "conflicting"),
    ('"Kenyan moderators were paid less than $2 an hour." (The Guardian)\n', "supported"),
    # Review (helper-267): a platform the quotation was posted on is no source.
    ('"77% of consumers want brand experiences personalised to their needs." (LinkedIn)\n', "supported"),
])
def test_a_bracket_after_a_quotation_names_its_source(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


def test_a_statement_after_a_colon_naming_a_government_is_not_said_by_the_lead(engine):
    # nd206-005: the council named before the colon is not the source of the government's count after it.
    text = ("MANILA — Revenue at Philippine outsourcing firms reached $38.1 billion last year, the Luzon Outsourcing "
            "Council estimates, and AI data work is the fastest-growing slice: the government reckons upwards of two "
            "million Filipinos are involved in click work.")
    checked, _ = check_text(text, engine)
    assert [(c.occurrence.figure.text, c.verdict.status) for c in checked][-1] == ("two million", "supported")


def test_a_figure_said_of_another_employer_s_workers_is_not_supported(engine):
    text = ("Uber-chauffeurs in Nairobi verdienen, zo blijkt uit onze enquête, eveneens minder dan 2 dollar per uur.")
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] != ["supported"]


@pytest.mark.parametrize(("text", "status"), [
    # The claim names Cagayan de Oro, "a city in the south of the Philippines": said of the city. Another city
    # of the country is another place ...
    ("Wij reisden naar Davao, een andere stad op Mindanao, waar eveneens duizenden jongeren dagelijks online voor "
     "Remotasks werken.", "conflicting"),
    # A clause that opens with "where" is of the place before it, not of every place its sentence names.
    ("Wij reisden niet naar Cagayan de Oro maar naar Davao, een andere stad op Mindanao, waar eveneens duizenden "
     "jongeren dagelijks online voor Remotasks werken.", "conflicting"),
    # ... where the country, which holds the city, is no difference.
    ("In the Philippines, thousands of young people log on every day to work as freelancers for Remotasks.",
     "supported"),
])
def test_a_claim_is_said_of_its_most_specific_place(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked] == [(status, "cagayan-de-oro-young-workers")]


def test_a_draft_is_said_of_its_most_specific_place(engine):
    # "Africa's second-largest copper producer" names Africa, which holds the DRC; the figure is Zambia's.
    text = "Zambia, Africa's second-largest copper producer, supplies over 60% of the world's cobalt."
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked] == [("conflicting", "drc-cobalt-share")]


@pytest.mark.parametrize("text", [
    "Socioloog Antonio Casilli spreekt vandaag in het House of Connections over de miljoenen menselijke klikwerkers "
    "die nodig zijn om AI mogelijk te maken.",
    "Behind those marges hide the millions of human click workers needed to make AI possible, Annotera's investors "
    "were told.",
])
def test_a_claim_s_comparison_names_none_of_its_organisations(engine, text):
    # "… less well known than AI applications such as face recognition, ChatGPT and voice assistants": the claim is
    # not ChatGPT's, so a venue or a firm the draft names is no other organisation of it.
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked] == [("supported", "millions-of-click-workers")]


@pytest.mark.parametrize("text", [
    "Antonio Casilli studied data workers in four countries. In an interview with the University of Groningen, he said "
    "full-time workers in Madagascar earned about €90 to €100 a month.",
    "Casilli onderzocht datawerkers in vier landen. Met een fulltime baan verdienden werkers in Madagaskar zo'n 90 tot "
    "100 euro per maand, zei hij in een interview met de Rijksuniversiteit Groningen.",
])
def test_whom_a_speaker_gave_an_interview_is_no_source_of_the_figure(engine, text):
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked if c.verdict.claim][-1:] == [
        ("supported", "madagascar-monthly-pay")]


def test_a_group_named_in_an_aside_is_not_the_figure_s(engine):
    # A speaker's title in brackets says who speaks, not whom the figure counts.
    text = ("**Dr. Ineke Vos** (onderzoeker digitale arbeid) herinnerde eraan dat de Wereldbank het aantal mensen dat dit "
            "werk doet schat op honderd tot vierhonderd miljoen.")
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked] == [("supported", "world-bank-microworkers-nl")]


@pytest.mark.parametrize("text", [
    # Review of the twenty-third session: examples after a comparison end where an attribution opens ...
    "Moderators were paid less than $2 an hour to screen ChatGPT content for OpenAI, less than contractors such as "
    "Appen pay, Nigeria's moderators' union said.",
    "Moderatoren kregen van OpenAI minder dan 2 dollar per uur, minder dan bij bedrijven zoals Appen, aldus een "
    "Nigeriaanse vakbond.",
    # ... a group in brackets after the figure's own people is theirs ...
    "Workers in Madagascar (part-timers, mostly students) earned about €90 to €100 a month, Casilli found.",
    "Werkers in Madagaskar (deeltijders, vooral studenten) verdienden zo'n 90 tot 100 euro per maand, aldus Casilli.",
    # ... and a count with a world word beside it is still the place's that its sentence names.
    "At least 150 million people do data work for AI companies worldwide, in India alone, the labour ministry estimates.",
    "**India:** at least 150 million people do data work for AI companies worldwide, a government estimate found.",
    # ... and a government interviewed is the country's, whose figure it gives (pre-existing, found by the review).
    "In an interview with the Kenyan government, he said the government estimates that more than 2 million people in "
    "the country are involved in click work for AI.",
    "In een interview met de Keniaanse overheid zei hij dat de overheid schat dat meer dan 2 miljoen mensen in het land "
    "bij klikwerk betrokken zijn.",
])
def test_a_figure_of_another_place_or_group_is_never_supported_by_the_review_s_drafts(engine, text):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked if c.verdict.claim is not None and c.verdict.status == "supported"] == []


@pytest.mark.parametrize(("text", "status"), [
    # nd207-001, nd148-007: a distinctive value, restated as written, needs fewer of its claim's words.
    ("A lot of them are paid as little as $1.46/hr after tax.", "supported"),
    ("Many take home as little as $1.46 an hour after tax.", "supported"),
    ("Sommigen houden na belasting amper 1,46 dollar per uur over.", "supported"),
    ("Some of them take home as little as $1.46 a day after tax.", "conflicting"),  # the value, another period
    # ... not when a plural before it or a body in its statement says it is another's (nd38-010, nd185-009) ...
    ("Sewing machinists in Dhaka are paid as little as $1.46 an hour after tax.", "unsourced"),
    ("Naaisters in Bangladesh krijgen na belasting amper 1,46 dollar per uur.", "unsourced"),
    ("Some can take home as little as $1.46 an hour after tax, the Riverside Labour Forum says.", "unsourced"),
    # ... nor in a sentence leaning on one that names another group, nor of another time, nor with a rare word of its
    # own the claim lacks (review of 4f59f32) ...
    ("Sewing machinists in Dhaka work twelve-hour shifts. Many of them are paid as little as $1.46 an hour after tax.",
     "unsourced"),
    ("In 1998 a teenager at a fast-food counter was paid as little as $1.46 an hour after tax.", "unsourced"),
    ("By 2030, pay could fall to as little as $1.46 an hour after tax, the report warns.", "unsourced"),
    ("Worldwide, between 150 million and 430 million people work in agriculture.", "unsourced"),
    ("Er werken wereldwijd 150 tot 430 miljoen mensen in de landbouw.", "unsourced"),
    ("The minimum wage of a farmhand there is $1.46 an hour.", "unsourced"),
    ("I spoke to Uber drivers in Nairobi last month. A lot of them take home as little as $1.46/hr after tax.",
     "unsourced"),  # people the claim does not name, however common the word (review of 6b47b3f)
    ("I spoke to workers who label data for AI. A lot of them take home as little as $1.46/hr after tax.", "supported"),
    # ... a plural of things before it, common and of no people, says nothing of whose (n30dev-002) ...
    ("Millions now earn part of their living by tagging photos, and many of them are paid piece rates that work out to "
     "as little as $1.46 an hour after tax.", "supported"),
    ("Parking meters in central Leeds now charge as little as $1.46 an hour after tax.", "unsourced"),
    ("Delivery bikes in Lagos rent for as little as $1.46 an hour after tax.", "unsourced"),
    # A distinctive value gone wrong, its digits in another order or at another scale, conflicts (nd125-004, nd74-002).
    ("Datawerkers krijgen $1,64 per uur.", "conflicting"),
    # ... only as a slip, in a sentence of no other figure, place or study of its own (review of fb76cd4).
    ("Data workers in Kenya are paid $1.46 an hour; those in Germany are paid $14.60.", "unsourced"),
    ("In India, data workers are paid $4.16 an hour.", "unsourced"),
    ("Data workers are paid $4.16 an hour, the union's own survey found.", "unsourced"),
    # ... nor in a sentence about something else, nor for a round value, which a sentence gives by chance.
    ("Bus fares rose to $1.46 after tax.", "unsourced"),
    ("Between 150 million and 430 million smartphones were sold last year.", "unsourced"),
    ("Many take home less than $2 an hour after tax.", "unsourced"),
])
def test_a_distinctive_value_restated_needs_fewer_of_its_claims_words(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status == status


@pytest.mark.parametrize(("text", "distinctive"), [
    ("$1.46 an hour", True), ("$13.18 billion", True), ("14,300 shoppers", True), ("150–430 million", True),
    ("between 150m and 430m", True), ("77%", False), ("$2 an hour", False), ("430 million", False), ("90 to 100 euros", False),
    ("100 tot 400 miljoen", False), ("hundreds of millions", False), ("1,500 desks", False),
])
def test_a_value_is_distinctive_by_its_significant_digits(text, distinctive):
    from factlint.check.engine import _distinctive
    from factlint.extract import extract

    (figure,) = extract(text)
    assert _distinctive(figure) is distinctive


@pytest.mark.parametrize(("text", "status"), [
    # nd211-016: a bracket closing a briefing's line credits the figure to the body it names.
    ("- Wereldwijd labelen zo'n 150 tot 430 miljoen mensen data voor AI (OESO).", "conflicting"),
    ("- Between 150 million and 430 million people label data for AI (OECD).", "conflicting"),
    ("- Between 150 million and 430 million people label data for AI (World Bank).", "supported"),
])
def test_a_bracket_closing_a_briefing_s_line_credits_its_figure(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


@pytest.mark.parametrize(("text", "status"), [
    # nd174-018, nd176-012: a year in the figure's own prose, far from when the registry's sources were published, of a
    # claim whose source gives no date: that year's figure, which the source does not state.
    ("'In 2008 kwam ook al meer dan 60 procent uit Congo', zegt ze.", "unsourced"),
    ("In 2005 the Democratic Republic of Congo produced over 60% of the world's cobalt.", "unsourced"),
    ("As far back as 2016, the World Bank was already estimating that between 150 million and 430 million people do "
     "this kind of data work.", "unsourced"),
    # ... not a year near the registry's own, nor a timeline's label, nor a year of something else in the statement
    # (review of 2ff72b7).
    ("In 2023 the Democratic Republic of Congo produced over 60% of the world's cobalt.", "supported"),
    ("**2018** – At Silicon Valley corporations, AI researchers are routinely paid six-figure salaries.", "supported"),
    ("Sama was founded in 2008 in San Francisco and its data workers in Nairobi are paid as little as $1.46 an hour "
     "after tax.", "supported"),
    ("Tesla begon in 2008 met elektrische auto's en de Democratische Republiek Congo produceert meer dan 60 procent van "
     "het kobalt ter wereld.", "supported"),
    ("AI researchers who joined Silicon Valley corporations in 2015 are paid six-figure salaries.", "supported"),
    ("A recent Adobe study, unlike one from 2015, found that 77% of consumers want brand experiences personalized to "
     "their needs.", "supported"),
    ("Nearly a decade after the 2015 Paris Agreement, the Democratic Republic of Congo produces over 60% of the world's "
     "cobalt.", "supported"),
    # ... but a year later in the figure's own clause dates it (review of fb76cd4).
    ("The Democratic Republic of Congo produced over 60% of the world's cobalt in 2005.", "unsourced"),
    ("Congo leverde in 2008 al meer dan 60 procent van het kobalt ter wereld.", "unsourced"),
    ("The World Bank was already estimating in 2016 that between 150 million and 430 million people do this kind of "
     "data work.", "unsourced"),
    ("The DRC, which in 2005 produced over 60% of the world's cobalt, is rich in it.", "unsourced"),
])
def test_a_figure_dated_far_from_an_undated_source_is_not_its_claims(engine, text, status):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == [status]


@pytest.mark.parametrize(("text", "status"), [
    # nd214-002: the own study of a body the draft has described by a noun, called by that noun, is that body's.
    ("Harlow & Finch, the department store group with 11 shops, will put AI on its tills. \"Nobody wants a lawnmower,\" "
     "she said. The group's own loyalty-card survey was less clear cut. In it, 77% of members said they wanted "
     "personalised offers.", "unsourced"),
    ("Brightwell, a Leeds retailer, tried it first.\n\nThe retailer's own loyalty survey found that 77% of shoppers want "
     "personalised brand experiences.", "unsourced"),
    ("De Gentse keten Okapi, een warenhuisketen met 40 winkels, twijfelt. Het eigen klantenonderzoek van de keten kwam "
     "uit op 77 procent van de consumenten die gepersonaliseerde ervaringen willen.", "unsourced"),
    # ... the claim's own body, or a noun the draft describes no body by, or another name before it, is not.
    ("Adobe, the software group, surveyed shoppers. The group's own survey found that 77% of consumers want brand "
     "experiences personalised.", "supported"),
    ("The retailer's own loyalty survey found that 77% of consumers want personalised brand experiences.", "supported"),
    ("In the Philippines, by the government's own estimate, more than 2 million people do click work.", "supported"),
    ("Harlow & Finch, the department store group, opened in May. Adobe surveyed thousands of shoppers last year. The "
     "group's own figures showed that 77% of consumers want brand experiences personalised.", "supported"),
    ("Harlow & Finch, the department store group, opened in May.\n\n## Adobe\n\nThe group's own survey found that 77% of "
     "consumers want brand experiences personalised.", "supported"),
    # review-282: a name compared is not described ("Like Harlow & Finch, the group …"), nor one described after the
    # figure; one described as another kind does not stand for the noun.
    ("Adobe has grown fast this year. Like Harlow & Finch, the group now sells AI tools. The group's own survey found "
     "that 77% of consumers want brand experiences personalised.", "supported"),
    ("Adobe publishes a yearly report on shoppers.\n\nThe group's own survey found that 77% of consumers want brand "
     "experiences personalised. Harlow & Finch, the department store group, disagreed.", "supported"),
    ("Adobe, the software group, and Brightwell, a Leeds retailer, both ran surveys. In the retailer's own survey, 77% of "
     "consumers wanted personalised brand experiences.", "unsourced"),
    # nd223-005: a name given a study of its own is the one "own" sets apart, and a person's name is no body's; the
    # own study may open a clause joined on after a comma.
    ("Harlow & Pike, the department-store chain, said on Thursday it would add AI pages. Chief digital officer Priya "
     "Nandakumar said the bet was on personalisation. More than three in four consumers want brand experiences tailored "
     "to their needs, according to an Adobe study she cited, and the chain's own loyalty-card panel found much the "
     "same: 77% of members said they wanted recommendations.", "unsourced"),
    ("Harlow & Pike, the department-store chain, said on Thursday it would add AI pages. Most consumers want brand "
     "experiences tailored to their needs, according to an Adobe study. The chain's own loyalty-card panel found much "
     "the same: 77% of members said they wanted recommendations.", "unsourced"),
    ("De Gentse keten Okapi, een warenhuisketen met 40 winkels, twijfelt. Driekwart van de consumenten wil "
     "gepersonaliseerde ervaringen, volgens een Adobe-studie, en het eigen klantenonderzoek van de keten kwam uit op 77 "
     "procent.", "unsourced"),
    # ... a name that only surveyed (no study of its own named) still may be what the noun calls.
    ("Harlow & Finch, the department store group, opened in May. Adobe surveyed thousands of shoppers last year, and "
     "the group's own figures showed that 77% of consumers want brand experiences personalised.", "supported"),
    # ... nor a study set against the figure, or one a sentence after it does not point back at.
    ("Unite, the union, ran a survey too. Unlike the union's own survey, a recent estimate puts the number of online data "
     "workers at between 150 million and 430 million.", "supported"),
    ("Unite, the union, ran a survey too. The union's own survey was small. There are between 150 million and 430 "
     "million such workers worldwide, by a recent estimate.", "supported"),
])
def test_a_body_s_own_study_named_by_its_noun_is_not_another_s_claim(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status in ((status,) if status == "supported" else ("unsourced", "conflicting"))


@pytest.mark.parametrize(("text", "status"), [
    # nd214-022: a Flemish town's firm is no Silicon Valley corporation (the town is known now, so is its adjective).
    ('"De ingenieurs in Silicon Valley verdienen salarissen van zes cijfers," zegt Peeters. Ook bij het Mechelse bedrijf '
     "dat de camera's levert, verdienen de ontwikkelaars volgens Peeters salarissen van zes cijfers.", "unsourced"),
    # review-285: so is its uninflected adjective after an article.
    ("De ingenieurs in Silicon Valley verdienen salarissen van zes cijfers. Bij een Delfts bedrijf verdienen de "
     "ingenieurs salarissen van zes cijfers.", "unsourced"),
    # nd172-019, nd174-024: a town in the heading is where a study of a wide region was talked of, no place of it.
    ("# Debatavond Hasselt: AI wordt nooit perfect\n\nKuipers haalde ook het onderzoek The Limits of Global Inclusion in "
     "AI Development aan, van vier AI-ethiekonderzoekers.", "supported"),
])
def test_a_town_is_a_place_and_where_a_wide_claim_was_said_is_none_of_it(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status in ((status,) if status == "supported" else ("unsourced", "conflicting"))


@pytest.mark.parametrize(("text", "status"), [
    # nd217-007: a figure its sentence sets against the claim's own value, named as known after "than the", is not it.
    ("Content reviewers at a Nairobi supplier read as many as 400 passages a day, the audit found, far more than the 150 "
     "a day that Time reported for the Kenyans who screened ChatGPT for OpenAI.", "unsourced"),
    ("De Keniaanse moderatoren die ChatGPT voor OpenAI screenden, lazen tot 400 tekstfragmenten per dag, veel meer dan de "
     "150 die Time noemde.", "unsourced"),
    # ... not a bound's own "more than", nor a comparison in another clause.
    ("The Democratic Republic of Congo digs up well over half of the world's cobalt, more than 60 per cent.", "supported"),
    ("Kenyan moderators screening ChatGPT for OpenAI read up to 200 passages a day, Time reported; some said fewer than "
     "150.", "supported"),
    # review-285: a few words may stand between; a claim's own bound is no value set against ("more than the 60 per cent"
    # agrees with "over 60%").
    ("Content reviewers at a Nairobi supplier read as many as 400 passages a day, far more than Time's 150.", "unsourced"),
    ("Content reviewers at a Nairobi supplier read as many as 400 passages a day, far more than the reported 150 a day.",
     "unsourced"),
    ("The DRC produces well over half of the world's cobalt, more than the 60 per cent share Amnesty cited in 2016.",
     "supported"),
    # review-288: a value set against a claim's bound is not it either ("less than $2" said as "the $2").
    ("Nairobi moderators earned about $1 an hour, far less than the $2 an hour Time reported.", "unsourced"),
])
def test_a_figure_set_against_the_claims_own_value_is_not_it(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[0].verdict.status == status


@pytest.mark.parametrize(("text", "status"), [
    # nd217-024: a reported clause whose subject is the figure's count of people is theirs, not the teller's group.
    ("Een activistische belegger hield haar voor dat volgens de Wereldbank 100 tot 400 miljoen mensen in deze industrie "
     "werken.", "supported"),
    ("An activist investor told her that, according to the World Bank, 150 million to 430 million people do data work "
     "for AI.", "supported"),
    # ... while a group the reported clause names before the figure stays the figure's.
    ("An investor said that Uber drivers in Nairobi take home as little as $1.46 an hour after tax.", "unsourced"),
])
def test_a_reported_count_of_people_is_theirs_not_the_teller_s(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[0].verdict.status == status


@pytest.mark.parametrize(("text", "status"), [
    # nd210-004: a study's figure likened to a body's after it is not that body's.
    ("Her own loyalty-club survey, which she is keen to show me next, found that 77% of members want the same thing, a "
     'result she admits is "suspiciously close" to Adobe\'s.', "unsourced"),
    ("A new poll found that 77% of shoppers want personalised offers, in line with Adobe's study.", "unsourced"),
    ("Een nieuwe peiling vond dat 77 procent van de consumenten maatwerk wil, in lijn met wat Adobe vond.", "unsourced"),
    # ... not the body's own finding likened to its own earlier work, nor a figure no study gives.
    ("Adobe found that 77% of consumers want brand experiences personalised, in line with its earlier research.",
     "supported"),
    ("Some 77% of consumers want brand experiences personalised to their needs, in line with Adobe's findings.",
     "supported"),
    # review-288: the body likened to that the figure's own study already names is its own.
    ("A recent Adobe study found that 77% of consumers want brand experiences personalised to their needs, in line with "
     "Adobe's earlier findings.", "supported"),
    ("Uit een recent onderzoek van Adobe bleek dat 77 procent van de consumenten gepersonaliseerde ervaringen wil, in "
     "lijn met eerdere cijfers van Adobe.", "supported"),
    # review-291: ... only when it names no other body: a rival's study of the body's customers is the rival's.
    ("A Salesforce study of Adobe customers found that 77% of consumers want brand experiences personalised to their "
     "needs, in line with Adobe's earlier findings.", "conflicting"),
])
def test_a_study_s_figure_likened_to_a_body_s_is_not_that_body_s(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[0].verdict.status in ((status,) if status == "supported" else ("unsourced", "conflicting"))


@pytest.mark.parametrize(("text", "status"), [
    # nd220-011: a label opening a quotation before a colon is the quoted figure's, not the sentence's lead.
    ("Likewise the Madagascar wage that Antonio Casilli documented, about €90–100 a month for a full-time job, has been "
     'reposted with the caption "Brazil: €90–100 a month".', "conflicting"),
    # ... while a lead with no quotation open, or a quotation naming no place, stays whole (review-288).
    ('In Brazil, data workers told us: "Pay for a full-time job: about €90–100 a month."', "conflicting"),
    ("Antonio Casilli documented the pay of full-time data workers in Madagascar: about €90–100 a month.", "supported"),
])
def test_a_quotation_s_own_label_places_its_figure(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status == status


@pytest.mark.parametrize(("text", "status"), [
    # nd219-002: a clause of place with people of its own as its subject is said of them, not of who tells it.
    ("Her barrister, Owen Crabtree, said the job mirrored what Time magazine found in Kenya, where workers hired for "
     "OpenAI were paid under $2 an hour.", "supported"),
    # ... as a reported clause's already was; a barrister's own pay stays the barrister's.
    ("Her barrister, Owen Crabtree, said he was paid under $2 an hour when he started at OpenAI.", "unsourced"),
])
def test_a_clause_of_place_with_people_of_its_own_is_theirs(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[0].verdict.status in ((status,) if status == "supported" else ("unsourced", "conflicting"))


@pytest.mark.parametrize(("text", "statuses"), [
    # nd338-001: a table's row, columns and headings naming neither the share's holder nor the world give no place's
    # share of the world's cobalt: a firm's own traceability.
    ("## Responsible minerals\n\n| Indicator | FY2023 | FY2024 |\n| --- | --- | --- |\n"
     "| Cobalt traced to mine of origin | 64% | 81% |\n", ["unsourced", "unsourced"]),
    # ... while a heading naming the holder, a row naming it, or a row saying the share is the world's keep it.
    ("## Democratic Republic of Congo\n\n| Indicator | Value |\n| --- | --- |\n"
     "| Cobalt share of world production | over 60% |\n", ["supported"]),
    ("| Country | Share of world cobalt |\n| --- | --- |\n| DRC | 70% |\n", ["supported"]),
    # ... and so does a caption naming it (review-91), not a paragraph of prose before the table (nd338-001's).
    ("*Table 1. Cobalt mining in the Democratic Republic of Congo*\n\n| Indicator | Value |\n| --- | --- |\n"
     "| Share of cobalt production | 70% |\n", ["supported"]),
    ("In the Democratic Republic of Congo, one country dominates supply:\n\n| Indicator | Value |\n| --- | --- |\n"
     "| Share of cobalt mined | 70% |\n", ["supported"]),
    ("*Table 7. Cobalt supply worldwide*\n\n| Indicator | Value |\n| --- | --- |\n"
     "| Cobalt traced to mine of origin | 64% |\n", ["unsourced"]),  # the world of a caption is no holder's (review-92)
    ("| Country | Share of cobalt output |\n| --- | --- |\n| DRC | 38% |\n", ["conflicting"]),
    # A Dutch compound opening with "wereld" says the world's: an infobox row with no place of its own.
    ("| **Democratische Republiek Congo** | |\n| --- | --- |\n| Hoofdstad | Kinshasa |\n"
     "| Aandeel in wereldproductie kobalt | ruim 60 procent |\n", ["supported"]),
])
def test_a_table_naming_no_holder_nor_the_world_gives_no_place_s_world_share(engine, text, statuses):
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == statuses


@pytest.mark.parametrize("text, figure, status", [
    # A body's own count is no value of a claim of an order only ("duizenden", "miljoenen") ...
    ("About 1,300 contract data labellers working for Verdan Labs walked off the job on Friday, their union said, in "
     "the first such strike at a Silicon Valley AI developer that relies on thousands of click workers to label data.\n",
     "1,300", "unsourced"),
    ("## Race to the bottom\n\nHet platform Taskvlot zegt zelf 1,3 miljoen geregistreerde werkers te hebben, die met "
     "elkaar concurreren.\n", "1,3 miljoen", "unsourced"),
    # ... but the claim's whole said again at another value still contradicts it.
    ("Casilli zou hebben gezegd dat er 'zo'n tienduizend mensen' nodig zijn om AI te trainen.\n", "tienduizend",
     "conflicting"),
    ("Only 50 million people use AI-based applications for their studies, work and personal lives, Caetano wrote.\n",
     "50 million", "conflicting"),
    # A possessive, a word of belonging before the body, a verb of hiring (review-95).
    ("Remotasks' 500 invisible click workers label the examples AI systems are trained on, day in, day out.\n", "500",
     "unsourced"),
    ("Bij Remotasks werken 600 onzichtbare klikwerkers, dag in, dag uit.\n", "600", "unsourced"),
    ("Remotasks hires 500 invisible click workers to label examples day in, day out.\n", "500", "unsourced"),
    # A body that estimates the claim's whole counts none of its own people (review-94).
    ("According to Gartner, only 50 million people use AI-based applications for their studies, work and personal "
     "lives.\n", "50 million", "conflicting"),
])
def test_a_body_s_own_count_is_no_value_of_an_order(engine, text, figure, status):
    checked, _ = check_text(text, engine)
    assert next(c.verdict.status for c in checked if c.occurrence.figure.text == figure) == status

@pytest.mark.parametrize(("text", "status", "claim"), [
    # A source's figure restated by another is that source's, whoever restates it: its restater's words say nothing of
    # what it counts (nd357-007, nd360-004).
    ("Antonio Casilli found that full-time data workers in Madagascar earned about €90–100 a month. Antsiro's investor "
     "presentation, which we reviewed, had given Casilli's figure as €90–100 a week.", "conflicting",
     "madagascar-monthly-pay"),
    ("Time reported that Kenyan workers hired by OpenAI to keep harmful content out of ChatGPT were paid less than $2 "
     "an hour. A consultation response from the Safe Feeds Coalition repeated the Time figure as \"less than $2 a "
     "day\".", "conflicting", "kenya-hourly-pay"),
    ("Time reported that Kenyan workers hired by OpenAI to keep harmful content out of ChatGPT were paid less than $2 "
     "an hour. A consultation response from the Safe Feeds Coalition repeated the Time figure as \"less than $2 an "
     "hour\".", "supported", "kenya-hourly-pay"),
    # A place's figure, a month's, is no source's (review-98).
    ("The government gave the March figure as more than 2 million Filipinos doing click work.", "supported",
     "philippines-click-workers"),
    ("Campaigners quoted the Philippine figure as more than 2 million click workers.", "supported",
     "philippines-click-workers"),
])
def test_a_source_s_figure_restated_is_the_source_s(engine, text, status, claim):
    checked, _ = check_text(text, engine)
    assert (checked[-1].verdict.status, checked[-1].verdict.claim.id) == (status, claim)


@pytest.mark.parametrize(("text", "status"), [
    # A city only inside or closing a body's name, in a heading above the figure, is where the body sits: no place of
    # the figure (nd355-016) ...
    ("### Reactie Kenniscentrum Platformwerk Tilburg op vraag 3\n\nVolgens Time kregen de moderatoren die "
     "voor OpenAI werkten 150 tekstfragmenten per dag voorgelegd.\n", "supported"),
    ("### Response from the University of Groningen\n\nKenyan moderators worked for OpenAI through an outsourcer. "
     "Time reported 150 text passages a day.\n", "supported"),
    # ... but a heading naming the city alone places what follows.
    ("### Tilburg\n\nModerators in the city who worked for OpenAI were given 150 text passages a day to read.\n",
     "conflicting"),
])
def test_a_city_in_a_body_s_name_above_the_figure_is_no_place_of_it(engine, text, status):
    checked, _ = check_text(text, engine)
    assert checked[-1].verdict.status == status
