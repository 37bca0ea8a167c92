"""Mentions: each figure of a draft with its sentence, masked text, clause pieces and language; which figures
of a draft are checked (a bare count that opens a heading counts the text's own parts and is no figure, SPEC §3;
a heading that states a quantity keeps it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.check.mentions import scan



def test_written_numbers_never_make_a_match():
    # Every figure of the sentence is blanked, written ones included.
    (occ,) = scan("Between one hundred fifty million and four hundred thirty million people do such work.")
    assert "hundred" not in occ.masked and "million" not in occ.masked


@pytest.mark.parametrize("text, value", [
    ("In Groningen wonen 235.000 mensen. Boston has 650,000 residents and a busy port.", 650_000),
    ("Boston has 650,000 residents. In de stad wonen er 12.000 mensen die er niet werken.", 12_000),
])
def test_each_sentence_read_in_its_own_language(text, value):
    assert value in [o.figure.low for o in scan(text)]


def test_a_sentence_with_function_words_of_one_language_only_is_read_in_it():
    # A caption in two languages: the English half has one English function word and no Dutch one.
    first, second = scan("*Miners near Kolwezi: Congo produces well over half of the world's cobalt. / Mijnwerkers bij "
                         "Kolwezi: Congo levert ruim 60 procent van al het kobalt ter wereld.*\n")
    assert (first.figure.text, first.figure.qualifier) == ("half", "min")
    assert (second.figure.text, second.figure.qualifier) == ("60 procent", "min")


def test_one_function_word_of_another_language_leaves_a_paragraph_in_the_document_s():
    # Dutch "ten" (as in "ten minste") is the only function word of the list item: it stays English (nd344-007).
    (*_, photos) = scan("## Slide 14\n\n- telling a cat from a dog: right 99% of the time, fine for a photo app\n"
                        "- Baert's raw material: ten billion animal photos, bought unlabelled\n")
    assert (photos.figure.text, photos.figure.low) == ("ten billion", 1e10)


def test_another_language_s_number_word_is_no_vote_for_it():
    # One English function word in a Dutch document still reads the line in English (review-94).
    (*_, strike) = scan("De staking bij het bedrijf werd door de vakbond bevestigd, en de directie zweeg.\n\n"
                        "Verdan Labs strike: 1,300 contract data labellers walked out Monday, the union reports.\n")
    assert strike.figure.low == 1300


def test_a_word_inside_a_name_is_no_vote_for_a_language():
    # "de" in "Cagayan de Oro" makes no English list item Dutch (review-95).
    (*_, item) = scan("# Where the work is\n\nThe reporting below is from the Washington Post and from our own "
                      "visits to the region.\n\n- Cagayan de Oro: 1,500 young freelancers, Remotasks, Washington Post "
                      "reporting.\n")
    assert item.figure.low == 1500


def test_each_figure_has_its_own_clause_and_pieces():
    (paid, read) = scan("Workers are paid less than $2 an hour, and they read 150 passages a day.")
    assert "paid" in paid.clause and "passages" not in paid.clause
    assert "passages" in read.clause and "paid" not in read.clause
    assert paid.masked == read.masked and "$2" not in paid.masked and "150" not in read.masked
    assert (" they read     passages a day.", True) in read.pieces  # cut at ", and": a strong boundary


@pytest.mark.parametrize("text, statement", [
    # A sentence opening with a subordinate clause holds the figure's statement after the clause's comma.
    ("While AI researchers in Silicon Valley draw big salaries, labellers take home $1.46 an hour.",
     " labellers take home"),
    ("Terwijl AI-onderzoekers in Silicon Valley veel verdienen, krijgt de datawerker 1,46 dollar per uur.",
     " krijgt de datawerker"),
])
def test_an_opening_subordinate_clause_is_not_the_figure_s_statement(text, statement):
    (occ,) = scan(text)
    assert " ".join(occ.statement.split()).rstrip(" .") == statement.strip()


@pytest.mark.parametrize("text, held, left", [
    # A dash before a word that leans opens a clause of its own; a dash before an aside does not.
    ("A deck handed to us by a trader in Lubumbashi goes further — it credits Zambia with more than 60 percent "
     "of global cobalt output.", "Zambia", "Lubumbashi"),
    ("The DRC — according to a report titled Kids Mine Cobalt — produces over 60% of the world's cobalt.",
     "DRC", None),
    # An apposition renaming the figure that likens it to another is about the figure, no part of its statement.
    ("Kenyan moderators were paid less than $2 an hour, a sum the book rightly sets beside the salaries of engineers "
     "in California.", "Kenyan", "California"),
    ("Ze verdienden daar minder dan twee dollar per uur mee, een bedrag dat Haakma terecht naast de salarissen van de "
     "ingenieurs legt.", "verdienden", "Haakma"),
    ("OpenAI hired moderators in Kenya, a number of whom told Time they earned less than two dollars an hour, like "
     "many click workers elsewhere.", "Time", None),  # a quantity, no renaming (review-77)
    ("The Philippine government's estimate, a figure similar to India's, is more than 2 million click workers.",
     "government", None),  # no figure before it
    ("In the Philippines more than 2 million people do click work, a figure similar to Kenya's.", "Philippines",
     "Kenya"),  # a few words after the figure (review-78)
    # ... not one naming who reported it, nor a definite one going on with what was named before.
    ("Moderators in Uganda were paid less than $2 an hour, figures the Ugandan labour ministry reported last week.",
     "ministry", None),
])
def test_a_dash_before_a_leaning_word_cuts_the_statement(text, held, left):
    (occ,) = scan(text)
    assert held in occ.statement and (left is None or left not in occ.statement)


def test_occurrences_come_in_document_order_with_their_offsets():
    text = "| Pay | Count |\n| --- | --- |\n| $2 | 150 |\n\nLater, 5% more.\n"
    found = scan(text)
    assert [text[o.start:o.end] for o in found] == ["$2", "150", "5%"]
    assert found[0].context and found[0].header == "Pay"


# (draft, the figures' texts)
HEADINGS = [
    ("# Two cycling capitals\n\nAmsterdam and Copenhagen lead.\n", []),
    ("## Three ways to pay click workers fairly\n\nStart with contracts.\n", []),
    ("## 5 lessons from Nairobi\n\nThe riders held out for 19 days and won a 6% raise.\n", ["19", "6%"]),
    ("## Vier lessen uit de staking\n\nDe bezorgers legden het werk neer.\n", []),
    ("## 2 million workers left out\n\nThe rules exclude freelancers.\n", ["2 million"]),
    ("## Two million Filipinos do click work\n", ["Two million"]),
    ("## Over 60% of cobalt comes from Congo\n", ["60%"]),
    ("## Over 60 workers quit\n", ["60"]),  # a qualifier states a quantity
    ("## 12,000 workers walked out\n", ["12,000"]),  # more than a text has parts
    ("## $5 an hour for three lessons\n", ["$5 an hour", "three"]),  # only a count that opens the heading
    ("# Thirty years in the data trade\n\nShe started young.\n", ["Thirty"]),  # a span of time
    ("## Drie maanden bij een klikwerkbureau\n\nHet werk was zwaar.\n", ["Drie"]),
    ("Two cycling capitals lead Europe.\n", ["Two"]),  # a paragraph keeps its count
    ("- 5 lessons from Nairobi\n", ["5"]),  # so does a list item
]


@pytest.mark.parametrize(("draft", "figures"), HEADINGS, ids=[h[0].split("\n")[0] for h in HEADINGS])
def test_a_heading_counting_its_own_parts_holds_no_figure(draft: str, figures: list[str]) -> None:
    assert [occ.figure.text for occ in scan(draft)] == figures


@pytest.mark.parametrize("sentence, leaning", [
    # A coordinating "and" before a subject pronoun goes on from the sentence before; before anything else it need not.
    ("And they had to read      passages a day.", True),
    ("'En ze moesten dagelijks      tekstfragmenten lezen.'", True),
    ("En toch hoor ik er niemand over.", False),
    # A definite subject whose clause holds a third person's pronoun names him back.
    ("The Flemish article he was quoted in says           animal photos.", True),
    ("Het artikel waarin hij werd geciteerd spreekt van    miljard foto's.", True),
    ("The report on the Kenyan moderators counts    passages a day.", False),
    # A figure noun in a qualifier ("naar schatting") names no figure back.
    ("Hoeveel van de naar schatting              klikwerkers werken voor Nederlandse bedrijven?", False),
    # "For others" leaves out its noun: the others of the sentence before.
    ("For others,    percent is unacceptable.", True),
    ("Voor andere is    procent onaanvaardbaar.", True),
    ("For other countries the share is    percent.", False),
    ("And in Kenya the pay is lower.", False),
    # So does an adverb opening the sentence before a word that leans.
    ("Today it's      million.", True),
    ("Meanwhile, they earn less.", True),
    ("In fact it is over    , much of it by hand.", True),  # an adverb of words
    ("In fact, they earn less.", True),
    ("In feite is het meer.", False),  # (Dutch puts its verb first: not read)
    ("In fact Kenyan moderators earn less.", False),
    ("The cheapest of them are paid as little as      after tax.", True),  # a part of a group named before
    ("De armsten van hen verdienen minder.", True),
    ("Today Kenyan workers earn less.", False),
    ("The share is worth stating carefully: more than half of the world's supply.", True),
    ("Het aandeel Adobe sloot 3,4 procent lager.", False),  # a stock, named after its noun
    ("The figure is often inflated.", True),
    ("The upper bound, 430 million, would exceed it.", True),  # an adjective before the noun
    ("Het land is goed voor meer dan de helft van de wereldproductie.", True),
    ("According to Time, they took home less than two US dollars.", True),  # a pronoun after an opening phrase
    ("In Kenya, OpenAI paid little.", False),
    ("The World Bank counts 150 to 430 million.", False),
    # "it" as what is put at a figure is the quantity of the sentence before.
    ("One witness put it at as little as $1.64 an hour.", True),
    ("The World Bank puts it at 150 to 430 million.", True),
    # ... after an aside between commas too: its words are not the sentence's opening.
    ("The study, as quoted in the blog post you relied on last week, puts it at 77%.", True),
    ("Casilli, die zich in zijn lezingen al jaren op de Wereldbank beroept, noemt dezelfde bandbreedte.", True),
    ("The study, which was run by Adobe's own team in the spring, found 77%.", False),
    # A demonstrative names back any group; a relative after a group names it.
    ("As Time magazine revealed, those moderators took home under two dollars an hour.", True),
    ("Volgens Time kregen deze moderatoren minder dan twee dollar.", True),
    ("Veel mensen die klikwerk doen verdienen minder dan twee dollar.", False),
    # A part of a group named before leans on it; a figure's own group does not.
    ("Na aftrek van belasting houden sommigen van hen slechts 1,46 dollar per uur over.", True),
    ("After tax, some of them take home as little as $1.46 an hour.", True),
    ("A lot of them are paid as little as $1.46 an hour after tax.", True),
    ("Een deel van hen krijgt amper 1,46 dollar per uur.", True),
    ("Each of them had to review up to     text passages a day, the complaint said.", True),
    # A restatement of the sentence before: "in other words", "met andere woorden", "oftewel".
    ("In a hospital, in other words, a model that is right    per cent of the time can still do harm.", True),
    ("In een ziekenhuis is    procent met andere woorden niet genoeg.", True),
    ("Oftewel: een model dat    procent van de tijd juist zit, schiet tekort.", True),
    ("None of them earned more than two dollars an hour.", True),
    ("Ieder van hen moest dagelijks     tekstfragmenten lezen.", True),
    ("Geen van hen verdiende meer dan twee dollar per uur.", True),
    ("About           people live on the island, many of them without steady work.", False),
    ("All       of them are paid at least $15 an hour.", False),
    # A third person's pronoun after an opening adverbial and its verb leans; the writer's "we" and a group or name
    # before it do not.
    ("Elke dag moesten ze zo'n 300 tekstfragmenten doorlezen.", True),
    ("Volgens Time kregen zij daarvoor minder dan 2 euro per uur.", True),  # the source an opening attribution names
    ("Volgens het Amerikaanse weekblad Time kregen zij nog geen 2 euro per uur.", True),
    ("Volgens Time betaalde OpenAI ze minder dan 2 dollar per uur.", False),  # a name as the subject
    ("Every day they had to read 150 passages.", True),
    ("For our fieldwork we interviewed 412 annotators.", False),
    ("The Venezuelans they met reported little pay.", False),
    ("Workers say they earn little.", False),
    # A clause opening with its verb after "en" ("…, en lazen ze …"); not a question opening a sentence.
    ("lazen ze elk zo'n 150 tekstfragmenten per dag.", True),
    # ... after a longer opening phrase ("Voor een uurloon van nog geen twee dollar lazen ze …").
    ("Voor een uurloon van nog geen             lazen ze elke dag     teksten.", True),  # figures masked
    ("Can she also say why her department spent £2.3m on consultancy?", False),
    # A referring noun after a demonstrative or a possessive, anywhere in the opening; not after a name's genitive.
    ("Een andere veelgeciteerde weergave van die schatting komt uit op              .", True),
    ("By some industry counts, its share has since climbed to nearly three-quarters.", True),
    ("Sommige bronnen noemen zijn aandeel nog hoger.", True),
    ("By the World Bank's count, somewhere from 150 to 430 million people tag images.", False),
    # A definite noun of a figure as such, anywhere in the opening, with at most an adjective before it.
    ("Counsel for the platform suggested the Malagasy figure was nearer €200 a month.", True),
    ("Volgens de advocaat ligt het werkelijke cijfer veel lager.", True),
    ("Critics say the bank's figure of 150 million is too high.", False),  # a name's genitive: its own
    ("Critics doubt the figure of the World Bank.", False),  # an "of" phrase says whose
    # A referring noun after a place's adjective names that place's figure, named before; not one after another word.
    ("Industry tallies now put the Congolese share closer to    .", True),
    ("Volgens vakbladen ligt het Keniaanse loon nog lager.", True),
    ("Industry tallies now put the total share closer to    .", False),
    # ... and so does one after a word for the whole country (nd332-005).
    ("A widely shared ministry infographic put the national total at \"some        \".", True),
    ("Een infographic van het ministerie zette het landelijke totaal op         .", True),
    ("The national team scored     goals.", False),
    ("In the Philippines, the nationwide pay for click workers is about      an hour.", False),  # (review-87)
    # A definite noun of a figure named as the figure after it (nd334-010).
    ('A committee member recalled the figure as "         photos"; the CDO said it was billions.', True),
    ("Een commissielid herinnerde zich het cijfer als          foto's.", True),
    ("A committee member called the figure as high as      absurd.", False),
    ("Remotasks gives the figure as          .", False),  # a body's own (review-88)
    # ... and a source's figure so named, whoever restates it (nd357-007, nd360-004).
    ('A consultation response from the Safe Feeds Coalition, submitted before the consultation closed on 14 March '
     '2025, repeated the Time figure as "less than         "; the Department used the hourly figure.', True),
    ("Antsiro's investor presentation, which we reviewed, had given Casilli's figure as               ; the Fund "
     "has asked for the slide to be corrected.", True),
    ("In de presentatie stond het cijfer van Casilli als                 .", True),
    ("In de presentatie aan de raad stond dat Adobe-cijfer als           .", True),  # (nd357-018)
    ("Remotasks gives its own figure as          .", False),
    ("The government gave the March figure as more than           .", False),  # a month's, no source's (review-98)
    ("In the Philippines, the government estimates that more than      people do click work.", False),  # a verb
    # A sentence opening with its group named by the article leans; not one a phrase after the group says which.
    ("The labelers took home between      and    an hour, Time reported.", True),
    # A part of the speakers' own group, named before ("Most of us took home …" answering about the workers).
    ("Most of us took home about      an hour after tax.", True),
    ("Velen van ons verdienden minder.", True),
    # "Het waren er vier": a reply that says how many there were of what was said before.
    ("Het waren er     , als ik het artikel goed heb gelezen.", True),
    ("Het zijn er veel meer dan     .", True),
    ("Het rapport telt      klikwerkers.", False),
    ("The moderators in Nairobi earned less.", False),
    ("De klikwerkers die wij spraken verdienden minder.", False),
    # "And" and a pronoun standing for what was said before.
    ("En het ging om      tekstfragmenten per dag, niet per week.", True),
    ("And it was      passages a day, not a week.", True),
    # A pronoun standing for the figure named before, after an opening attribution.
    ("According to a blog about AI and low wages, it is even over     .", True),
    ("Volgens een blog over AI en lage lonen is het zelfs ruim     .", True),
    ("Volgens het rapport werken er      mensen in Kenia.", False),  # "het" as an article
    # ... or a demonstrative, after an auxiliary or a comma.
    ("Volgens het Time-onderzoek waar het artikel naar verwijst was dat minder dan     .", True),
    ("According to the Time investigation, this was less than     .", True),
    ("According to Time, the bigger scandal was that OpenAI's contractors were paid less than     .", False),
    ("Volgens het rapport dat Time publiceerde, werken er      mensen.", False),  # a relative "dat"
    # An article before the masked figure is the figure's own noun phrase's, no group named before.
    ("volgens de Wereldbank doen tussen de                    mensen datawerk.", False),
    ("Volgens Time kregen de werkers minder dan      per uur.", True),
    # ... not a group set beside the writers' own pronoun: who "we" are (nd333-019).
    ("Voor ons, het winkelpersoneel, ligt er een loonbod van      .", False),
    ("For us, the shop staff, the offer is      .", False),
    ("To us, the workers' pay of less than      is a scandal.", True),  # no aside: the workers named before
    ("Like us, the workers had unions, but they were paid less than     .", True),
    ("According to the report, Kenya has      moderators.", False),
    # A cleft's "it" stands for nothing said before; a pronoun before a name after a colon still does.
    ("Het is dus Congo, niet Rwanda, dat ruim      van het kobalt levert.", False),
    ("It was OpenAI that hired them for under     .", False),
    ("It is      an hour.", True),
    ("It will be read abroad too: Kenyan officials, whose own courts …", True),
    ("It was a Kenyan contract that paid workers less than     .", True),  # a noun phrase, no name
    ("Het is een Amerikaans bedrijf dat Keniaanse werkers minder dan      betaalde.", True),
    # A Dutch quantifier standing for people, as "allen" does.
    ("Sommigen kregen zo'n      .", True),
    ("Velen verdienden minder dan      .", True),
    ("Sommige moderatoren kregen zo'n      .", False),  # a quantifier before its noun
])
def test_a_definite_noun_of_a_figure_opening_a_sentence_refers_back(sentence, leaning):
    from factlint.check.mentions import leans
    assert leans(sentence) is leaning


@pytest.mark.parametrize("sentence, before, noun", [
    ("Eerder sprak de bank nog van 100 tot 400 miljoen mensen.", "Volgens de Wereldbank verdienen velen weinig.", "bank"),
    ("Later the bank lowered it to 100 million.", "Economists at the World Bank put it at 150 million.", "bank"),
    ("The world is larger than that.", "Economists at the World Bank put it at 150 million.", ""),  # no head
    ("Het aandeel Adobe sloot lager.", "Adobe meldt dat 77 procent wil.", ""),  # the name again: no head noun
    ("The bank lowered it.", "Banks lend less in Kenya.", ""),  # a sentence's first word is no name
    # Further on, by the head of a name of the sentence before only.
    ("In een interview met Antonio Casilli wordt de bank aangehaald met 100 tot wel 400 miljoen.",
     "Het blog noemt een schatting van de Wereldbank.", "bank"),
    ("A Dutch interview with the sociologist Antonio Casilli cites the bank at 100 to 400 million.",
     "The essay quotes a recent World Bank estimate.", "bank"),
    ("A Dutch interview with the sociologist Antonio Casilli cites the company at 100 million.",
     "The essay quotes Adobe.", ""),
    # Anywhere in the sentence, the head's possessive before a word of origin: the name's study or estimate.
    ("Even the version quoted by Antonio Casilli, who gives the bank's estimate as 100 to 400 million, is large.",
     "A recent World Bank estimate puts the number at 150 million.", "bank"),
    ("Critics of the bank's lending say it is large.", "A recent World Bank estimate puts it at 150 million.", ""),
    # So its figure, before the sentence's first (masked) figure; after it, another's figure is set beside the bank's.
    ("In a Dutch interview the sociologist Antonio Casilli gave the bank's range as 100 to 400 million.",
     "The most quoted, from the World Bank, holds that 150 million people annotate images.", "bank"),
    (f"A Geneva audit also arrives at {' ' * 9} in its latest report, which either confirms the bank's number or "
     "copies it.", "Both World Bank entries are the same estimate remembered differently.", ""),
    # Opening the sentence, the head capitalised as the name's stand-in, possessive or not.
    ("The Bank's own range, 150m–430m, is higher.", "A report, quoting the World Bank, puts it at 15 million.", "bank"),
    ("The Bank puts it higher.", "A report, quoting the World Bank, puts it at 15 million.", "bank"),
    ("The Economist puts it higher.", "A report, quoting the World Bank, puts it at 15 million.", ""),
    # A kind of institution opening its name names it back; so does whose study it is, after "of".
    ("Volgens een eigen schatting van de stichting werken er 100 tot 400 miljoen mensen.",
     "Stichting Eerlijk Klikken presenteerde vandaag een rapport.", "stichting"),
    ("The university puts it higher.", "A study by the University of Lagos found it.", "university"),
    ("The world puts it higher.", "A report, quoting the World Bank, puts it at 15 million.", ""),
    # So does the noun before a name that says what kind of organisation it is, or a compound ending in one.
    ("Van de Nederlanders die het bureau in januari ondervroeg, wil 77 procent minder reclame.",
     "In Nederland ligt dat anders, zegt onderzoeksbureau indiQ.", "bureau"),
    ("The association distanced its members from the practices.",
     "The Bengaluru-based industry association DataWorks India said so in a statement.", "association"),
    ("The bureau puts it higher.", "A report by the research bureau puts it at 15 million.", ""),  # no name after it
])
def test_a_name_of_the_sentence_before_named_back_by_its_head(sentence, before, noun):
    from factlint.check.mentions import named_back
    assert named_back(sentence, before) == noun



@pytest.mark.parametrize("sentence, before, echoing", [
    # A demonstrative before a noun of the sentence before names back what that sentence counts.
    ("According to a local report, these freelancers each review around 150 text passages a day.",
     "The Washington Post reported that thousands of young people there work online as freelancers for Remotasks.",
     True),
    ("Volgens een lokaal rapport, deze freelancers beoordelen elk zo'n 150 tekstfragmenten per dag.",
     "Duizenden jongeren werken er als freelancers voor Remotasks.", True),
    ("These freelancers earn more.", "Remotasks hires people in Davao.", False),  # a noun not said before
    ("Mensen die freelancers inhuren verdienen meer.", "Er zijn veel freelancers.", False),  # a relative
    # Not as an object: the sentence's subject is its own ("The people who feed those models their data").
    ("The people who feed those models their data take home little.",
     "The researchers who build AI models draw six-figure salaries.", False),
    ("These were hired later.", "The firms were hired in Davao.", False),  # a verb, not a noun
    # A definite article names back a noun the sentence before brought in with an indefinite one ...
    ("The article gives $1.46 an hour.", "He had taken the figure from an article on the exploited labour behind AI.",
     True),
    ("Het onderzoek noemt 77 procent.", "Adobe publiceerde vorig jaar een recent onderzoek naar personalisatie.", True),
    # ... not one the sentence before named with a definite article too, nor a noun followed by a name of its own.
    ("The article gives $1.46 an hour.", "He had taken the figure from the article.", False),
    ("Het onderzoek The Limits of Global Inclusion noemt vier onderzoekers.",
     "Volgens een recent onderzoek van Adobe wil 87 procent dat.", False),
    # ... also after an attribution opening the sentence.
    ("According to the survey, 77% of consumers want it.", "Gartner published a survey of shoppers in May.", True),
    ("Volgens het onderzoek wil 77 procent dat.", "Panelhuis publiceerde in mei een onderzoek onder shoppers.", True),
    ("According to the survey, 77% of consumers want it.", "Gartner published the survey in May.", False),
])
def test_a_demonstrative_or_a_definite_noun_names_back_a_noun_of_the_sentence_before(sentence, before, echoing):
    from factlint.check.mentions import echoes_noun
    assert echoes_noun(sentence, before) is echoing


@pytest.mark.parametrize("sentence, another", [
    ("Another poll, published the same week, found that 77% want it.", True),
    ("Een ander onderzoek kwam op 77 procent.", True),
    ("A separate World Bank estimate puts it at 100 to 400 million.", True),
    ("Another 40% said they would pay.", False),  # no word of origin
    ("The poll found 77%.", False),
])
def test_another_study_gives_another_source(sentence, another):
    from factlint.check.mentions import another_source
    assert another_source(sentence) is another


@pytest.mark.parametrize("clause, another", [
    ("A union says that moderators who worked for another American tech company were also paid less than ", True),
    ("Een vakbond meldt dat moderatoren die voor een ander Amerikaans techbedrijf werkten, ook minder dan ", True),
    ("Moderators at a rival firm earned ", True),
    ("Over moderatoren die in Kenia voor andere techbedrijven werken, circuleert hetzelfde bedrag van minder dan ", True),
    ("Another 40% said they would pay ", False),  # no body's noun
    ("Moderators at the company earned ", False),  # no word of another
    ("After another company left Nairobi, Kenyan moderators were paid less than ", False),  # its time (review-75)
    # A study, a body or a government named by a people's or a language's adjective alone (review-76).
    ("A Welsh survey found that ", True),
    ("According to Basque estimates, between ", True),
    ("Volgens Vlaams onderzoek wil ", True),
    ("The Galician regional government says ", True),
    ("Time's investigation, as summarised in a Flemish report, found that the Kenyan workers were paid less than ", False),
    ("Een Vlaams artikel schrijft dat meer dan ", False),  # the press's language
    ("In Madagascar, microworkers on full-time contracts with French AI firms earned around ", False),  # employers
    ("A leaflet put the monthly pay of those Malagasy data workers at ", False),  # "data" describes the workers
])
def test_a_body_named_as_another_one_or_by_a_people_s_adjective(clause, another):
    from factlint.check.mentions import another_body, peoples_origin
    assert (another_body(clause) or peoples_origin(clause)) is another


@pytest.mark.parametrize("words, own", [
    ("Our own 2024 shopper panel found that", True),
    ("Uit ons eigen onderzoek blijkt dat", True),
    ("'Uit ons eigen klantenonderzoek blijkt dat", True),  # a compound's study (nd235-022)
    ("Our own customer survey shows that", True),
    ("Uit ons eigen klantenbestand blijkt dat", False),  # no study: a customer base
    # review-311: not a prefix's compound, nor when another's study is named after it; a folded accent is one too
    ("Onze eigen onderschatting van het probleem is groot: wereldwijd doen", False),
    ("Naast ons eigen klantenonderzoek keken we naar een recente studie van Adobe, waaruit blijkt dat", False),
    ("Onze eigen klantenenquête laat zien dat", True),
    ("Uit onze eigen ledenpeiling blijkt dat", True),
    ("Our own survey of Kenyan workers found that", True),
    ("In my own survey of riders,", True),
    ("Our government estimates that", False),  # said by its minister: it may be the claim's own source
    ("Our estimate in government is", False),
    ("Our own staff told us that", False),  # no word of origin
    # The writer's own fieldwork, its figure the verb's object.
    ("Voor dit verhaal sprak ik met", True),
    ("We interviewed", True),
    ("For this piece I spoke to", True),
    ("I spoke with Casilli, who said that", False),  # the figure is Casilli's
    ("The team interviewed", False),  # no first person
    ("die we met de Wereldbank deelden, stelt dat", False),  # Dutch "met" is "with"
    # A fronted part of those the writer asked, closed by its comma (and the Dutch verb after it), the subject a few
    # words before a Dutch verb; not the writer asked by someone else.
    ("Of the       shoppers we asked in 2024, ", True),
    ("Van de       klanten die we vorig jaar ondervroegen, wilde ", True),
    ("Of the shoppers we asked, and of those Adobe polled, ", False),  # another clause between
    ("I think of this whenever I am asked to pick the traffic lights out of ", False),
    ("De klanten die we ondervroegen, zeiden allemaal dat ", False),  # no part of them
    ("I later asked Adobe about its study and a spokesperson said ", False),  # another speaks (review-77)
])
def test_our_own_study_is_the_writers_source(words, own):
    from factlint.check.mentions import own_source
    assert own_source(words) is own


@pytest.mark.parametrize("words, owner", [
    ("The group's own loyalty-card survey was less clear cut.", "group"),
    ("The retailer’s own survey found that", "retailer"),
    ("Het eigen klantenonderzoek van de winkelketen kwam uit op", "winkelketen"),
    ("By the government's own estimate,", "government"),
    ("Adobe's own survey found that", ""),  # a name: whose it is, the names decide
    ("Her own survey found that", ""),  # a pronoun
    ("The company's own figures showed that", ""),  # any organisation may be called so
    ("By the country's own estimate,", ""),  # a place's: its government's
    ("The researcher's own fieldwork found", ""),  # a person's
    ("The group's own pay is", ""),  # no study
    ("Their own survey of the market found", ""),
    ("According to the union's own survey,", "union"),
    ("Unlike the union's own survey, a recent estimate", ""),  # set against the figure
    ("Anders dan het eigen onderzoek van de vakbond gaat", ""),
    ("Data workers in Kenya, who were surveyed by the union's own researchers, say", ""),  # not the clause's opening
])
def test_a_body_s_own_study_by_its_noun(words, owner):
    from factlint.check.mentions import anothers_own_study
    assert anothers_own_study(words)[1] == owner


@pytest.mark.parametrize("text, described", [
    ("Harlow & Finch, the department store group with 11 shops, will put AI on its tills.", ("group", "finch")),
    ("Brightwell, a Leeds retailer, tried it first.", ("retailer", "brightwell")),
    ("Okapi, een warenhuisketen met 40 winkels, twijfelt.", ("warenhuisketen", "okapi")),
    ("Okapi, the well-known department-store chain, hesitates.", ("chain", "okapi")),
    ("In Nairobi, the workers were paid little.", None),  # a place is no body
    ("Adobe, the, and", None),
    ("Like Harlow & Finch, the group now sells AI tools.", None),  # a name compared: the group is another
    ("Net als Okapi, de keten van Jan, twijfelt Adobe.", None),
])
def test_a_body_described_by_an_apposition_is_remembered_by_its_noun(text, described):
    from factlint.check.mentions import _appositions
    assert [(noun, name) for _, noun, name in _appositions(text)][-1:] == ([described] if described else [])


@pytest.mark.parametrize("sentence, pointing", [
    # Dutch "er" after a verb and its subject points to a place named before; opening a sentence it says what exists.
    ("Een voltijdse datawerker verdient er zo'n 90 tot 100 euro per maand.", True),
    ("Er werken 100 tot 400 miljoen mensen in de sector.", False),
    ("Daar verdienen werkers weinig.", True),
    ("Workers earn little, and there are many of them.", False),
])
def test_a_place_pronoun_points_to_a_place_named_before(sentence, pointing):
    from factlint.check.mentions import points_there
    assert points_there(sentence) is pointing


@pytest.mark.parametrize("sentence, kind", [
    # A place's noun after an article or a demonstrative names back a place of its kind: a city's noun a city.
    ("Researchers at the city's AI labs now command six-figure salaries.", "city"),
    ("Moderatoren in de stad krijgen minder dan 2 dollar per uur.", "city"),
    ("Workers in the region earn less.", "part"),
    ("In dat land werken ruim twee miljoen klikwerkers.", "country"),
    ("The country's moderators earn less than $2 an hour.", "country"),
    # A place's noun naming its own place, or none after an article, names nothing back.
    ("The city of Manila has thousands of click workers.", ""),
    ("In the four countries his team studied, pay was low.", ""),  # a figure stands between article and noun
    ("Cities compete for outsourcing work.", ""),
])
def test_a_place_named_back_by_its_noun(sentence, kind):
    from factlint.check.mentions import place_noun_at
    assert place_noun_at(sentence)[0] == kind


@pytest.mark.parametrize("draft, figure, previous", [
    # A sentence that says nothing of its own leans on the one before ("Call it …" renames what came before) …
    ("Data labellers are paid as little as $1.46 an hour. Call it a dollar and a half.", "a dollar and a half",
     "Data labellers"),
    ("Klikwerkers krijgen 1,46 dollar per uur. Noem het anderhalve dollar.", "anderhalve dollar", "Klikwerkers"),
    # … and one before it that says nothing passes on the one before that.
    ("An Adobe study found that 77% of consumers want it. Perhaps they do. But would that share stay above 70% if "
     "they knew?", "70%", "Adobe study"),
    # A sentence with words of its own does not lean on the one before.
    ("Adobe found that 77% want it. Our annotators earn $15 an hour.", "$15 an hour", None),
    # A rating under a label says nothing of what is rated: a sentence leaning on it reads the one before it, in
    # the paragraph before when the rating opens its own.
    ("Kenyan moderators were paid less than $2 a day, a post says. Verdict: Wrong. The workers took home less than "
     "$2 an hour.", "$2 an hour", "Kenyan moderators"),
    ("**Claim:** Kenyan moderators were paid less than $2 a day.\n\n**Verdict:** Wrong. Time found the workers took "
     "home less than $2 an hour.\n", "$2 an hour", "Kenyan moderators"),
    ("**Bewering:** Keniaanse moderatoren kregen 2 dollar per dag.\n\n**Oordeel:** Onjuist. Volgens Time kregen de "
     "werkers minder dan 2 dollar per uur.\n", "2 dollar per uur", "Keniaanse moderatoren"),
    # A bare report, a source's name and its verb, says nothing of what it counts: it restates the sentence before.
    ("Yesterday we wrote that Kenyan moderators had to label 150 passages an hour. Time reported 150 a day.",
     "150 a day", "Kenyan moderators"),
    ("Gisteren schreven we dat Keniaanse moderatoren 150 teksten per uur lazen. Time meldde 150 per dag.",
     "150 per dag", "Keniaanse moderatoren"),
    ("Kenyan moderators read 150 passages a day. Sama paid 40 workers.", "40", None),  # it says whom
    # ... or a source named by what it is: "The post it cites says over 60%."
    ("The leaflet says the DRC produces around half of the world's cobalt. The post it cites says over 60%.", "60%",
     "world's cobalt"),
    # ... up to a semicolon, and by a word for any source ("The source says", "De bron spreekt van").
    ("Cobalt panel: \"Congo: about 40% of global cobalt output\". The source says over 60%; designer to fix.",
     "60%", "global cobalt output"),
    ("Kobaltpaneel: 'Congo: ongeveer 40 procent van het kobalt'. De bron spreekt van ruim 60 procent; ontwerper past "
     "het aan.", "60 procent", "van het kobalt"),
    # ... whether its verb is a stop word ("said") or one of speaking ("sprak van").
    ("Baert called an AI that is right 95 percent of the time unacceptable. Baert said 99 percent.", "99 percent",
     "unacceptable"),
    ("Volgens Baert is een AI die 95 procent van de tijd juist zit onaanvaardbaar. Baert sprak van 99 procent.",
     "99 procent", "onaanvaardbaar"),
    ("**Bewering: Keniaanse moderatoren lazen 150 teksten per uur.** Onjuist. Volgens Time kregen ze minder dan 2 "
     "dollar per uur.", "2 dollar per uur", "Keniaanse moderatoren"),
    # A source's report of a figure with only a qualifier's words: "Time's reporting says less than $2 an hour".
    ("Our guest said the Kenyan moderators were paid \"less than $2 a day\". Time's reporting says less than $2 an "
     "hour; we have added a note.", "$2 an hour", "Kenyan moderators"),
    ("Onze gast zei dat de Keniaanse moderatoren 'minder dan 2 dollar per dag' kregen. Het artikel van Time meldt "
     "minder dan 2 dollar per uur.", "2 dollar per uur", "Keniaanse moderatoren"),
    # A short answer that names nothing passes on the question it answers: "Was Venezuela any different? Not so
    # much, in euros. People there were on 90 to 100 euros a month."
    ("**Was Venezuela any different?**\n\nNot so much, in euros. People there were also on roughly 90 to 100 euros a "
     "month.\n", "90 to 100 euros a month", "Venezuela"),
    ("\"We had to read 150 of them a day,\" zegt de Keniaanse oud-moderator. En het loon? \"It's less than two dollars "
     "an hour,\" zegt ze.", "two dollars an hour", "Keniaanse"),
    ("**En in Venezuela?**\n\nNauwelijks anders, in euro's. Mensen daar kregen ook zo'n 90 tot 100 euro per maand.\n",
     "90 tot 100 euro per maand", "Venezuela"),
    # An answer's first sentence leans on the interviewer's turn before it, a question or a bold prompt ...
    ("**What do shoppers want?**\n\nTo be seen.\n\n**Adobe's research says roughly three in four consumers want brands to "
     "personalise their experience.**\n\nSeventy-seven per cent, if I remember the study right. It's among the most "
     "quoted numbers.\n", "Seventy-seven per cent", "Adobe's research"),
    # ... and a figure standing alone there answers it, rather than being read with the sentence after it.
    ("**Casilli onderzocht vijf landen?**\n\nVier. Venezuela, Madagaskar, Brazilië en Frankrijk.\n", "Vier",
     "Casilli onderzocht"),
    # A remark of one word passes on the sentence before it ("And garbled.", "Klopt.").
    ("**That Kenyan figure gets quoted a lot.**\n\nAnd garbled. Time wrote that they earned less than $2 per hour.\n",
     "$2 per hour", "Kenyan figure"),
    ("Keniaanse moderatoren kregen minder dan 2 dollar per uur. Klopt. Ze lazen ook 150 teksten per dag.",
     "150", "Keniaanse moderatoren"),
    # A label with more to say is read as it is.
    ("Kenyan moderators were paid $2 a day. Our verdict: the post mixes up two stories. The workers took home less "
     "than $2 an hour.", "$2 an hour", "mixes up"),
    # A study of "its own", "zijn eigen" is of the one the sentence before names, wherever it opens the sentence.
    ("Concurrent Spraakhuis is sceptisch. Ook in zijn eigen klantenonderzoek wilde 77 procent van de klanten iets "
     "persoonlijks.", "77 procent", "Spraakhuis"),
    ("Rival Voxhouse is less sure. In its own customer survey, 77% of shoppers wanted something personal.", "77%",
     "Voxhouse"),
    ("Adobe surveyed shoppers last year. Among the findings, 77% of consumers wanted it.", "77%", ""),
    # A reported clause's third-person subject after a longer subject of its own (nd222-015) ...
    ("Kortekaas volgt oud-moderatoren in Nairobi. Het Amerikaanse weekblad Time onthulde dat ze daarvoor minder dan twee "
     "dollar per uur kregen.", "twee dollar per uur", "oud-moderatoren"),
    ("She follows former moderators in Nairobi. The American weekly Time revealed that they were paid less than two "
     "dollars an hour.", "two dollars an hour", "former moderators"),
    # ... an adverb between too (nd291-015); not a pronoun right after a verb of saying, who says it.
    ("Brinkman volgt Keniaanse moderatoren. Het Amerikaanse weekblad Time onthulde eerder dat zij minder dan twee dollar "
     "per uur kregen.", "twee dollar per uur", "Keniaanse moderatoren"),
    ("Congo levert het kobalt. Achter AI zit net zo goed uitbuiting, zei ze: volgens de Wereldbank doen 150 tot 430 "
     "miljoen mensen datawerk.", "150 tot 430 miljoen", ""),
    ("Casilli spoke to students in Groningen about platform work. In his lecture in the Academy building, he said that "
     "they number 100 to 400 million worldwide, according to the World Bank.", "100 to 400 million", ""),
    # A name that came to a value, and nothing it measures, gives the value of what the sentence before measures
    # (nd290-019); a sentence with a measure of its own does not lean.
    ("Kreon komt uit op 74 procent van de consumenten. Adobe kwam eerder op ruim driekwart.", "driekwart",
     "Kreon komt uit op"),
    ("Kreon puts the share of consumers at 74 percent. Adobe earlier came to more than three-quarters.",
     "three-quarters", "Kreon puts the share"),
    ("Kreon puts the share of consumers at 74 percent. Adobe came to 12 countries.", "12", ""),
    # A body's value leans on a sentence naming a body too, not on one that names none (review-411).
    ("Congo produces over 60% of the world's cobalt. Adobe came to 77%.", "77%", ""),
    ("Congo produces over 60% of the world's cobalt. Zambia came to 10%.", "10%", "Congo produces over"),
    ("Consumers want brand experiences personalized to their needs. Adobe comes to 77%.", "77%", "Consumers want"),
    # A pronoun after a sentence that opens with the same person's pronoun reads back to where the person is named
    # (nd292-011).
    ("Joseph worked in Nairobi, screening text for ChatGPT. He remembers reading 200 passages a day. For all that, he "
     "and his colleagues took home under two dollars an hour.", "two dollars an hour", "Joseph worked in Nairobi"),
    # ... not past a sentence naming a place or a name of its own (review-413).
    ("Grace moderated content in Nairobi for ChatGPT. Then she moved to Uganda. She says she now earns less than $2 an "
     "hour.", "$2 an hour", "Then she moved"),
    # A remark under a speaker's label says nothing either: the label blanked before it is no figure (nd298-002).
    ("HOST: People keep saying they read three hundred passages a day.\n\nACHIENG: That's just wrong. Time reported a "
     "hundred and fifty.\n", "a hundred and fifty", "People keep saying"),
    # ... but not the writer's "we" so far in: it stands for no one before; nor a pronoun for people its own subject
    # names (review-291).
    ("Kenyan moderators hired by OpenAI labelled toxic content. A poll of drivers found that they earn less than $2 an "
     "hour.", "$2 an hour", ""),
    ("Kenyan moderators hired by OpenAI labelled toxic content. Een peiling onder koeriers toont dat ze minder dan 2 "
     "dollar per uur verdienen.", "2 dollar per uur", ""),
    ("Others report a median of $0.90. One reader pointed out that we had earlier written that data workers were paid "
     "less than $1.46 an hour.", "$1.46 an hour", ""),
    # A fragment of a figure and what it counts, with its period, is of what the sentence before is about (nd233-013).
    ("OpenAI liet Keniaanse moderatoren voor ChatGPT de smerigste teksten lezen voor minder dan 2 euro per uur!! 150 "
     "teksten per dag!!", "150", "Keniaanse moderatoren"),
    ("Time found the Kenyan moderators were paid less than $2 an hour. Two million people.", "Two million",
     "Kenyan moderators"),
    # ... not one with a word of its own ("150 passages of child abuse a day").
    ("Time found the Kenyan moderators were paid less than $2 an hour. Some 150 passages of child abuse a day.",
     "150", ""),
])
def test_a_sentence_that_says_nothing_leans_on_the_one_before(draft, figure, previous):
    from factlint.check.mentions import scan
    occ = next(o for o in scan(draft) if o.figure.text == figure)
    assert (previous in occ.previous) if previous else not occ.previous


@pytest.mark.parametrize("draft", [
    # An answer that names its own place, or a short sentence after a statement, passes on nothing before it.
    "**Was Venezuela any different?**\n\nNot in Madagascar. People there were on 90 to 100 euros a month.\n",
    "Venezuela was different. Not so much, in euros. People there were on 90 to 100 euros a month.",
    # ... nor one that asks something of its own ("Maar wie traint die systemen?", "Did you know?").
    "Venezuela has many apps. Who trains these systems? People there were on 90 to 100 euros a month.",
    # ... nor to a speaker's own ("We processed …"): "Hoeveel komt bij Labelr terecht? Een groeiend deel. We …".
    "**Was Venezuela any different?**\n\nNot so much, in euros. We paid 90 to 100 euros a month ourselves.\n",
    # ... nor a sentence of one word that names a place or a name, or asks: "Madagascar.", "And Sama.", "Did you know?"
    "Venezuela has many apps. Madagascar. They were on 90 to 100 euros a month.",
    "Venezuela has many apps. And Sama. They were on 90 to 100 euros a month.",
    "Venezuela has many apps.\n\n> **Did you know?** They were on 90 to 100 euros a month.\n",
])
def test_an_answer_with_words_of_its_own_keeps_the_question_out(draft):
    from factlint.check.mentions import scan
    occ = next(o for o in scan(draft) if o.figure.text.startswith("90 to 100 euros a month"))
    assert occ.previous and "Venezuela" not in occ.previous


@pytest.mark.parametrize("draft, previous", [
    # A heading's figure is read with the first sentence of the paragraph under it, its lede.
    ("# Minder dan 2 dollar per uur voor het vuile werk\n\nNAIROBI - Keniaanse werkers die ChatGPT moesten "
     "vrijhouden van schadelijke inhoud, kregen weinig. Ze lazen 150 teksten per dag.\n", "Keniaanse werkers"),
    # ... not a list or a table under it, nor a second sentence.
    ("## 2 million workers\n\n- Kenya: moderators\n", ""),
    ("# 77% want it\n\nMarketers were surprised. An Adobe study found so.\n", "Marketers were surprised."),
])
def test_a_headline_leans_on_its_lede(draft, previous):
    occ = scan(draft)[0]
    assert (previous in occ.previous and "150" not in occ.previous) if previous else occ.previous == ""


@pytest.mark.parametrize("draft, figure, read_with", [
    # A figure standing alone as a paragraph's lead-in is read with the sentence after it, which says what it is.
    ("**100 tot 400 miljoen.** Zoveel mensen werken volgens de Wereldbank in de AI-industrie.\n\n"
     "**1,46 dollar.** Meer hielden sommige uitgebuite datawerkers na belasting niet over van een uur werk.\n",
     "1,46 dollar", "uitgebuite datawerkers"),
    ("Kenyan moderators read 150 passages a day.\n\n**$1.46 an hour.** The floor of what some data workers take "
     "home after tax.\n", "$1.46 an hour", "floor of what"),
    # ... its qualifier's words are no words of its own ("as little as", "ruim").
    ("## This week\n\n**As little as $1.46/hr.** That's what some annotators training AI models take home after "
     "tax.\n", "$1.46/hr", "annotators training"),
    ("Kenia.\n\n**Nog geen 2 dollar per uur.** Dat kregen de moderatoren van OpenAI.\n", "2 dollar per uur",
     "moderatoren van OpenAI"),
    # ... after a label that names nothing ("Cijfer van de week:"), not after one that names a place or a name.
    ("**Madagaskar.** Datawerkers verdienden er 90 tot 100 euro per maand.\n\n**Cijfer van de week: 77 procent.** "
     "Zoveel consumenten willen volgens Adobe dat merken hun ervaring afstemmen.\n", "77 procent", "volgens Adobe"),
    ("**Key number: 150.** That's how many passages Kenyan moderators read each day, Time found.\n", "150",
     "Kenyan moderators"),
    # ... not an answer after its question, nor a figure alone with nothing after it.
    ("**How much did they earn?** Less than $2 an hour. Time found so.\n", "$2 an hour", "How much"),
    ("Kenyan moderators were paid little. **$2 an hour.**\n", "$2 an hour", "Kenyan moderators"),
    ("REPORTER: The government reckons two million Filipinos do click work.\n\nANCHOR: Two million! And what do "
     "they earn?\n", "Two million", "Filipinos"),
    # Within a paragraph, it answers the sentence before unless the sentence after points back to it; and the one
    # before that when the sentence before leans on it in turn.
    ("Our government estimates that more than two million Filipinos do click work. I repeat: more than 2 million. "
     "In Cagayan de Oro alone, thousands of young people log on.\n", "2 million", "Filipinos do click work"),
    ("Remember the Kenyan workers OpenAI hired? Time told us what they were paid. Less than two dollars an hour. "
     "Less than two dollars, to read passages about abuse.\n", "two dollars an hour", "Kenyan workers OpenAI hired"),
    ("Kenyan moderators read a lot. Just $2 an hour. That is what OpenAI's contractors were paid.\n", "$2 an hour",
     "OpenAI's contractors"),
])
def test_a_figure_standing_alone_is_read_with_what_follows(draft, figure, read_with):
    occ = next(o for o in scan(draft) if figure in o.figure.text)
    assert read_with in occ.previous


@pytest.mark.parametrize("draft, figure", [
    ("Kenya: $2 an hour. Madagascar: €90 to €100 a month.\n", "$2 an hour"),
    ("Cijfer van Adobe: 77 procent. Zoveel consumenten willen het.\n", "77 procent"),
])
def test_a_figure_after_a_label_that_names_something_is_read_on_its_own(draft, figure):
    occ = next(o for o in scan(draft) if figure in o.figure.text)
    assert not occ.previous


@pytest.mark.parametrize("draft, figure, previous", [
    # A paragraph's first sentence that leans leans on the last sentence of the paragraph before.
    ("Vandaag gaat het vooral om kobalt uit Congo.\n\nDat land levert ongeveer de helft van al het kobalt.\n",
     "de helft", "kobalt uit Congo"),
    # ... not across a heading, nor when it does not lean.
    ("Kobalt komt uit Congo.\n\n## Elders\n\nDat land levert ongeveer de helft van al het kobalt.\n", "de helft", None),
    ("Kobalt komt uit Congo.\n\nZambia levert ongeveer de helft van al het kobalt.\n", "de helft", None),
    # An answer leans on its question, and on the sentence the question asks about.
    ("**Time reported that OpenAI's Kenyan contractors earned less than $2 an hour. Does that match what you saw?**"
     "\n\nRoughly. Most of us took home about $1.50 an hour after tax.\n", "$1.50 an hour", "Kenyan contractors"),
    # A list's item leans on the item before it as a paragraph does.
    ("- Between 150 million and 430 million people do data work, the World Bank estimates.\n"
     "- Some of them are paid as little as $1.46 an hour after tax.\n", "$1.46 an hour", "World Bank"),
    ("- Volgens Time lazen Keniaanse moderatoren 150 tekstfragmenten per dag.\n"
     "- Zij kregen minder dan 2 dollar per uur.\n", "2 dollar per uur", "Keniaanse moderatoren"),
    ("- Kobalt komt uit Congo.\n- Zambia levert ongeveer de helft van al het kobalt.\n", "de helft", None),
    # A paragraph's dated signature is no sentence to lean on (nd323-018); a line of a dash and a place is (review-81).
    ("Dat klopt. Time schreef over de Keniaanse moderatoren van OpenAI. — Jorinde (overleg) 3 feb 2024 14:22 (CET)"
     "\n\nZij kregen minder dan 2 dollar per uur.\n", "2 dollar per uur", "Keniaanse moderatoren"),
    ("— Uganda\n\nThere, moderators hired for OpenAI were paid less than $2 an hour.\n", "$2 an hour", "Uganda"),
])
def test_a_paragraph_leans_on_the_one_before(draft, figure, previous):
    occ = next(o for o in scan(draft) if o.figure.text == figure)
    assert (previous in occ.previous) if previous else not occ.previous


@pytest.mark.parametrize("text, labels", [
    ("HOST: So who trains them?\nGUEST: People.", ["HOST:", "GUEST:"]),
    # With the time stamp before it: no word of what is said either ("[00:31:52] GUEST: Seventy-seven percent, I think."
    # is a figure and a hedge, leaning on what was said before).
    ("[00:21:14] GAST: Vier, eigenlijk.", ["[00:21:14] GAST:"]),
    ("DE WIT: Minder dan 2 euro per uur.", ["DE WIT:"]),
    ("15:34 — CASILLI: yes", ["15:34 — CASILLI:"]),
    ("SPEAKER 2: Cartwell Insights says", ["SPEAKER 2:"]),  # a speaker by number, as captions write (nd358-009)
    ("SPREKER 12: Dat klopt", ["SPREKER 12:"]),
    # A subtitle cue's number and timing, a WebVTT voice, a name with the time it speaks at.
    ("212\n00:14:02,310 --> 00:14:05,880\nBehind every", ["212\n00:14:02,310 --> 00:14:05,880\n"]),
    ("00:21:06.880 --> 00:21:10.400\n<v Speaker 1>to keep", ["00:21:06.880 --> 00:21:10.400\n<v Speaker 1>"]),
    ("[602.12 --> 606.40]  So how many", ["[602.12 --> 606.40]  "]),
    ("Marcus (12:11):\nMore than that.", ["Marcus (12:11):"]),
    ("The rate rose --> 5%", []),
    # A forum's poster, by a handle opening its line.
    ("**u/volt_hobbit**\n", ["u/volt_hobbit**"]),
    ("**u/Kinshasa_kid** · 140 points\n", ["u/Kinshasa_kid** · 140 points"]),
    ("@lena: klopt niet", ["@lena:"]),
    # A commenter's name and town with the time of the comment.
    ("**Kees Wouters, Tilburg** · 07:58\nUw columnist beweert", ["Kees Wouters, Tilburg** · 07:58"]),
    ("Fenna, Utrecht · 08:15\n@Kees Precies.", ["Fenna, Utrecht · 08:15"]),
    ("The World Bank · 150 to 430 million people do it", []),
    # ... and a post's or an alert's sender with its time, said relatively too, after any symbol.
    ("**Kazi Post** · 2h ago\nPhilippines: upwards of two million", ["Kazi Post** · 2h ago"]),
    ("\U0001f514 **Nieuwsband** · 09:14\nTime: Keniaanse moderatoren", ["Nieuwsband** · 09:14"]),
    ("**Nieuwsband** · gisteren\nTime: Keniaanse moderatoren", ["Nieuwsband** · gisteren"]),
    ("The World Bank · now 150 to 430 million people do it", []),
    ("Mail us at u/2023 or @ noon", []),
    # A call's speaker, named with a role or firm.
    ("Joost Mulder, Rijnstaete Securities: Uw presentatie", ["Joost Mulder, Rijnstaete Securities:"]),
    ("Miguel Santos, CEO: Two million", ["Miguel Santos, CEO:"]),
    ("Kenya, in 2023: pay fell", []),
    ("**PKG / VO:** Their shifts", ["PKG / VO:"]),  # a broadcast script's, with a note in brackets
    ("**ANCHOR (on cam):** It is", ["ANCHOR (on cam):"]),
    ("**Claim:** A widely shared post", []),  # a label in words, no speaker
    ("Kenya: paid less than $2", []),
    ("NAIROBI — Workers", []),  # a dateline
    # A record of a debate names its speakers by a title, in any case, with a party in brackets.
    ("**Mevrouw Van Rijn (D66):**\nIn Cagayan de Oro", ["Mevrouw Van Rijn (D66):"]),
    ("**De minister van Economische Zaken:**\nHet waren er vier", ["De minister van Economische Zaken:"]),
    ("Ms Lee: we found", ["Ms Lee:"]),
    ("The minister said: 5%", []),  # a sentence, not a label
    ("**Kenya (2023):** 150 passages", []),  # a source's label: no title
    # A chat export's poster, after the date and time or a time in brackets.
    ("[14/03/24, 21:05] Otieno: and 150 passages a day", ["[14/03/24, 21:05] Otieno:"]),
    ("[03-04-2024 19:05] Rafael: in Madagaskar kregen ze", ["[03-04-2024 19:05] Rafael:"]),
    ("14/03/2024, 21:05 - Wanjiru K: it's 150", ["14/03/2024, 21:05 - Wanjiru K:"]),
    ("[21:12] Sanne: wat verdienden ze", ["[21:12] Sanne:"]),
    # A chat's poster in bold and the time of the message (news_dev356).
    ("**Ruth A.** 15:11\nAlso: he doesn't think", ["Ruth A.** 15:11"]),
    ("**Tim Verbruggen** 10:44\nPer dag? Volgens Time", ["Tim Verbruggen** 10:44"]),
    ("**Sanne de Wit** 9:05 PM\nKlopt", ["Sanne de Wit** 9:05 PM"]),
    ("The meeting in Nairobi ends at 15:30", []),
    ("Tim Verbruggen 10:44\nPer dag?", ["Tim Verbruggen 10:44"]),  # as a passage's text has it, markup read
    ("**Nairobi** 14:32\nPolice say 150", []),  # a live blog's place
    ("**Kenya** pay fell 15:30", []),
    ("**14:32** Nairobi: police say 150", []),  # a live blog's place
    ("12.03.2024 14:32 Nairobi: police say 150", []),
])
def test_a_transcript_s_speaker_labels(text, labels):
    from factlint.check.mentions import speaker_labels
    assert [text[a:b] for a, b in speaker_labels(text)] == labels


def test_a_reply_under_a_speaker_s_label_leans_on_the_speaker_before():
    record = ("**Mevrouw Van Rijn (D66):**\nJeroen Baert legt uit dat een bedrijf 10 miljoen dierenfoto's inkoopt.\n\n"
              "**De heer Smit (BBB):**\nHet waren er 10 miljard, als ik het artikel goed heb gelezen.\n")
    miljard = [o for o in scan(record) if o.figure.text == "10 miljard"][0]
    assert "Jeroen Baert" in miljard.previous and "Smit" not in miljard.masked


def test_a_speaker_label_is_no_word_of_a_transcript_but_a_lone_label_is_kept():
    transcript = ("HOST: Casilli deed zijn veldwerk in vijf landen, toch?\n\n"
                  "GAST: Vier, eigenlijk. Venezuela, Madagaskar, Brazilië en Frankrijk.\n")
    vier = [o for o in scan(transcript) if o.figure.text == "Vier"][0]
    assert "GAST" not in vier.masked and "veldwerk" in vier.previous  # says nothing: leans on the question
    assert "HOST" not in vier.previous  # nor of the question a next speaker answers
    listed = "- ILO: 150 million people do data work.\n"
    assert "ILO" in scan(listed)[0].masked  # one label alone is a source's


@pytest.mark.parametrize("draft, figure, previous", [
    # A cue going on with a sentence reads the cues it goes on from, back to where the sentence opened.
    ("1\n00:21:03.120 --> 00:21:06.800\nSo Time magazine reported that OpenAI hired workers in Kenya\n\n"
     "2\n00:21:06.880 --> 00:21:10.400\nto keep the toxic stuff out of ChatGPT. And they were paid\n\n"
     "3\n00:21:10.480 --> 00:21:13.950\nless than two dollars an hour.\n", "two dollars an hour", "OpenAI hired"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>De Wereldbank schat dat wereldwijd\n\n"
     "00:00:04.100 --> 00:00:07.000\n<v Ann>150 tot 430 miljoen mensen klikwerk doen.\n", "150 tot 430 miljoen", "Wereldbank"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>De Wereldbank schat het aantal klikwerkers\n\n"
     "00:00:04.100 --> 00:00:07.000\n<v Ann>op 150 tot 430 miljoen.\n", "150 tot 430 miljoen", "Wereldbank"),
    # A turn of a figure and a hedge answers the turn before.
    ("[00:31:40] HOST: A recent Adobe study found that most consumers want brand experiences personalized.\n"
     "[00:31:52] GUEST: Seventy-seven percent, I think.\n", "Seventy-seven percent", "Adobe study"),
    ("[00:31:52] GUEST: Ik denk 77 procent, denk ik.\n[00:31:55] HOST: Echt?\n", "77 procent", ""),
    # A poster's handle alone on its line passes on the post before to the reply under it.
    ("**u/mieke**\n\nVolgens Adobe wil men gepersonaliseerde merkervaringen.\n\n**u/dirk**\n\n"
     "Het is 77 procent, staat letterlijk in die blogpost.\n", "77 procent", "Adobe"),
    ("**u/mieke**\n\nVolgens Adobe wil men gepersonaliseerde merkervaringen.\n\n**u/dirk**\n\n"
     "Zelf zag ik 77 procent bij Coolblue.\n", "77 procent", ""),
    # A letter's signature ends with no stop: the answer under it is no sentence it goes on with, but answers the
    # question above the signature.
    ("**Q: Was that before or after tax?** Marta, Leeds\n\n**A:** Time put the pay at under $2 an hour.\n",
     "$2 an hour", "before or after tax"),
])
def test_a_transcript_s_sentence_reads_the_turns_and_cues_it_goes_on_from(draft, figure, previous):
    occ = next(o for o in scan(draft) if o.figure.text == figure)
    assert (previous in occ.previous) if previous else not occ.previous


@pytest.mark.parametrize("draft, figure, heading", [
    # A place's name alone opening a paragraph (a caption's location) heads the rest of the paragraph.
    ("*Maputo, Mozambique.* Data labellers with full-time jobs earn about €90–100 a month here too.\n",
     "€90–100 a month", "Maputo, Mozambique."),
    ("Kenia. Daar kregen de moderatoren minder dan 2 dollar per uur.\n", "2 dollar per uur", "Kenia."),
    # ... and a list's item ("Five stops on the supply chain: - **Amsterdam.** …").
    ("- **Amsterdam.** The AI labs along the Zuidas pay their researchers six-figure salaries.\n", "six-figure",
     "Amsterdam."),
    # ... not a sentence that says more than a place, nor a paragraph of one sentence.
    ("In Maputo it rained. Data labellers earn about €90–100 a month.\n", "€90–100 a month", None),
    ("Maputo, Mozambique: data labellers earn about €90–100 a month.\n", "€90–100 a month", None),
])
def test_a_place_label_heads_its_paragraph(draft, figure, heading):
    occ = next(o for o in scan(draft) if o.figure.text == figure)
    assert (heading in occ.where.headings) if heading else not occ.where.headings



@pytest.mark.parametrize("draft, figure, echoed, read_with", [
    # A figure opening its sentence, after at most a qualifier's words, repeats one of the sentence before, and is
    # read with that sentence.
    ("Time told us they were paid less than two dollars an hour. Less than two dollars, to read passages all day.\n",
     "two dollars", "two dollars an hour", "they were paid"),
    ("They read 150 passages a day. One hundred and fifty, every single day.\n", "One hundred and fifty", "150",
     "They read"),
    ("The contractor said they had earned twelve dollars an hour. Twelve dollars!\n", "Twelve dollars",
     "twelve dollars an hour", "contractor said"),
    # Not another value, nor one inside its sentence, nor one with a period of its own.
    ("They were paid two dollars an hour. Three dollars, said the contractor.\n", "Three dollars", None, None),
    ("They were paid two dollars an hour. The bonus was two dollars.\n", "two dollars", None, None),
    ("They were paid two dollars an hour. Two dollars a day went on food.\n", "Two dollars a day", None, None),
])
def test_a_figure_repeating_one_of_the_sentence_before(draft, figure, echoed, read_with):
    occ = [o for o in scan(draft) if o.figure.text == figure][-1]
    assert (occ.echoes.text if occ.echoes else None) == echoed
    assert read_with is None or read_with in occ.previous


@pytest.mark.parametrize("draft, keys", [
    # Citations between a sentence's figures are each figure's own: the one after it, before the next figure.
    ("Researchers earn six-figure salaries [@ai-labour-debate], while labellers get $1.46 an hour "
     "[@click-workers-nl].\n", [["ai-labour-debate"], ["click-workers-nl"]]),
    ("AI-onderzoekers verdienen salarissen van zes cijfers[^1], terwijl datalabelers 1,46 dollar per uur krijgen[^2]."
     "\n\n[^1]: click-workers-nl\n[^2]: ai-labour-debate\n", [["1"], ["2"]]),
    # One before them all, or after them all, is all of theirs.
    ("According to [@ai-labour-debate], researchers earn six-figure salaries while labellers get $1.46 an hour.\n",
     [["ai-labour-debate"], ["ai-labour-debate"]]),
    ("Researchers earn six-figure salaries while labellers get $1.46 an hour [@ai-labour-debate].\n",
     [["ai-labour-debate"], ["ai-labour-debate"]]),
])
def test_a_citation_between_a_sentence_s_figures_is_the_figure_s_before_it(draft, keys):
    assert [[c.key for c in o.citations] for o in scan(draft)] == keys


@pytest.mark.parametrize("draft, figure", [
    ("**Q: Your story said they earned little. Was that before or after tax?** Marta, Leeds\n\n"
     "**A:** Time, which first reported on the contract, put their pay at under $2 an hour.\n", "$2 an hour"),
    ("I want brands to leave me alone. Colin Ashworth, Bury St Edmunds\n\nThey found 77% want it.\n", "77%"),
    ("Dat klopt dus niet.\n\nJ. de Vries, Zwolle\n\nZij kregen 2 dollar per uur.\n", "2 dollar per uur"),
])
def test_a_sign_off_is_no_sentence_to_lean_on(draft, figure):
    occ = next(o for o in scan(draft) if o.figure.text == figure)
    assert not any(name in occ.previous for name in ("Marta", "Leeds", "Ashworth", "Edmunds", "Vries", "Zwolle"))



def test_a_cell_of_a_number_and_a_stop_numbers_its_row():
    text = ("| # | What | Figure |\n| --- | --- | --- |\n| 1. | People doing data work, World Bank estimate | 150m–430m |\n"
            "| 2. | Click workers in the Philippines | > 2,000,000 |\n")
    assert [o.figure.text for o in scan(text)] == ["150m–430m", "2,000,000"]


def test_a_value_cell_with_a_stop_is_a_figure():
    text = "| # | What | Figure |\n| --- | --- | --- |\n| 1. | Kenyan moderators, passages read per day | 150. |\n"
    assert [o.figure.text for o in scan(text)] == ["150"]


def test_a_paragraph_bold_only_in_part_is_no_prompt():
    from factlint.check.mentions import scan
    occ = next(o for o in scan("**Venezuela.** It has many apps.\n\nWorkers were on 90 to 100 euros a month.\n")
               if o.figure.text.startswith("90 to 100"))
    assert "Venezuela" not in occ.previous


def test_a_bold_line_without_a_stop_is_no_prompt():
    from factlint.check.mentions import scan
    occ = next(o for o in scan("**Kernpunten uit de literatuur**\n\nIn 2021 stelden vier AI-ethiekonderzoekers vast dat "
                               "westerse staten profiteren.\n") if o.figure.text.startswith("vier"))
    assert "Kernpunten" not in occ.previous


def test_a_bold_sentence_is_a_prompt_only_in_an_interview():
    # Outside an interview (no bold question among the first passages), a bold sentence is a lede or a standfirst.
    from factlint.check.mentions import scan
    occ = next(o for o in scan("**Adobe found that 77% of consumers want personalised experiences.**\n\nIn our "
                               "customer base, it is also 77%.\n") if o.start > 80)
    assert "Adobe" not in occ.previous


@pytest.mark.parametrize("lines, transcript", [
    # A factbox whose every label in capitals names a place is no transcript: its labels head their items ...
    (["* WORLDWIDE: The World Bank estimates 150 to 430 million.", "* VENEZUELA: Data workers earned 90 to 100 euros."],
     False),
    # ... where speakers stay speakers, even one whose name is a place's.
    (["HOST: How much were you paid?", "JORDAN: Less than $2 an hour."], True),
    (["INTERVIEWER: What did they earn?", "CHAD: Less than $2 an hour, Time found."], True),
])
def test_labels_that_all_name_places_make_no_transcript(lines, transcript):
    from factlint.check.mentions import is_transcript
    from factlint.documents import read_markdown

    assert is_transcript(read_markdown("\n\n".join(lines) + "\n")) is transcript


def test_a_sentence_of_its_own_after_an_attribution_is_the_attributed_body_s():
    # "That is according to Rest of World." passes on the sentence before it, but "Its own reporting …" after it is
    # Rest of World's own, not the government's.
    from factlint.check.engine import Engine, check_text
    from factlint.project.config import load_registry_for

    engine = Engine.build(load_registry_for(Path(__file__).resolve().parents[2] / "claims"))
    text = ("The Philippine government estimates that more than 2 million people do click work. That is according to "
            "Rest of World. Its own reporting found 2.5 million.\n")
    checked, _ = check_text(text, engine)
    assert [c.verdict.status for c in checked] == ["supported", "unsourced"]


def test_a_factbox_item_s_place_in_capitals_heads_it_among_other_labels():
    # "WORKFORCE:" and "PHILIPPINES:" make the list read as speakers' turns; a numbered item's place still heads it.
    from factlint.check.engine import Engine, check_text
    from factlint.project.config import load_registry_for

    engine = Engine.build(load_registry_for(Path(__file__).resolve().parents[2] / "claims"))
    text = ("(Harbour Wire) – The debate over who trains AI systems has sharpened. Here are some figures often cited:\n\n"
            "1. WORKFORCE: The World Bank has estimated that 100 million to 400 million people work in the industry.\n\n"
            "2. PHILIPPINES: The government puts the number of people involved in click work in the country at over "
            "two million.\n\n"
            "3. CONSUMERS: 77% of consumers want brand experiences personalized to their needs, Adobe found.\n")
    checked, _ = check_text(text, engine)
    assert [(c.verdict.status, c.verdict.claim.id) for c in checked if c.occurrence.figure.text == "two million"] == [
        ("supported", "philippines-click-workers")]
