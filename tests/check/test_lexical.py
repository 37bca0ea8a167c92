"""Words as matching reads them: content words, keys shared across languages and paraphrases, rarity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.check import lexical


def test_content_words_are_folded_without_numbers_stop_words_or_possessives():
    assert lexical.words("The 150 workers, de 2 mensen and THE Bank's estimate") == [
        "workers", "mensen", "bank", "estimate"]
    assert lexical.words("Geïnteresseerden Brazilië") == ["geinteresseerden", "brazilie"]


@pytest.mark.parametrize("a, b", [
    ("earned", "paid"), ("verdienden", "wage"), ("loon", "salary"),  # pay, in either language
    ("annotators", "labellers"), ("klikwerkers", "clickworkers"),  # data work
    ("labelers", "labeling"),  # one stem
    ("onderscheidt", "onderscheiden"), ("krijgt", "krijgen"),  # a Dutch verb's -t, which Dutch Snowball leaves on
    ("belasting", "tax"), ("uitgebuite", "exploited"), ("trainen", "training"), ("geworven", "recruited"),
    ("uurloon", "loon"),  # a Dutch compound means what its last part means
    ("dierenfoto's", "photos"),
])
def test_words_that_mean_the_same_share_a_key(a, b):
    assert not lexical.keys(a).isdisjoint(lexical.keys(b))


@pytest.mark.parametrize("a, b", [
    ("personalized", "persons"),  # a stem that cuts most of the word off says nothing of its meaning
    ("researchers", "study"),
    ("cloudworkers", "workers"),  # English does not read a compound by its last part
])
def test_words_that_do_not_mean_the_same_share_no_class(a, b):
    classes = {k for k in lexical.keys(a) if k.startswith("@")}
    assert classes.isdisjoint(lexical.keys(b))


@pytest.mark.parametrize("a, b", [
    ("research", "researchers"), ("onderzoek", "onderzoekers"),  # a study is no group of researchers
    ("development", "developers"),
])
def test_an_activity_shares_no_key_with_the_people_who_do_it(a, b):
    assert lexical.keys(a).isdisjoint(lexical.keys(b))


def test_a_group_whose_class_holds_its_work_still_shares_it():
    # "labelling" is listed with the labellers: a draft saying people "label data" speaks of data workers.
    assert not lexical.keys("label").isdisjoint(lexical.keys("labellers"))


def test_common_words_weigh_less_than_rare_ones():
    assert lexical.rarity("people") < lexical.rarity("workers") < lexical.rarity("annotators") == 1.0
    assert lexical.rarity("mensen") < lexical.rarity("klikwerkers")


@given(st.text(max_size=300))
def test_words_and_pool_never_raise(text):
    for w in lexical.words(text):
        assert w and w == w.casefold()  # folded as casefold folds: Cherokee folds to its capitals ("Ꭰ")
    lexical.pool([text])


@pytest.mark.parametrize(("text", "groups"), [
    ("Kenyan data labellers were paid $2 an hour", {"data-worker"}),
    ("de kinderen in de mijnen", {"child"}),
    ("full-time call-centre agents in Madagascar", {"agent", "full-timer"}),  # who works full time, too
    ("Warehouse pickers in Manila are paid as little as $1.46 an hour", {"warehouse-worker"}),
    ("textielarbeiders in Bangladesh", {"garment-worker"}),
    # Who oversees the workers, and trades paid by the job, are groups of their own.
    ("The team leads had six-figure salaries", {"supervisor"}),
    ("de teamleiders en hun leidinggevende", {"supervisor"}),
    ("Plumbers in Ohio earn six-figure salaries", {"tradesperson"}),
    ("loodgieters en elektriciens", {"tradesperson"}),
    ("lawyers for the moderators", {"lawyer", "moderator"}),
    ("advocaten van de klikwerkers", {"lawyer", "data-worker"}),
    # False friends: English "kind" and "arts" are no Dutch child or doctor.
    ("this kind of AI data work", set()),
    ("a degree in the liberal arts", set()),
    ("some 150 million people do such work", set()),  # general words name anyone, no group
    # A word shorter than the group's noun shares its stem but names no one: research is no researcher.
    ("Casilli's onderzoek in het kort", set()),
    ("vier onderzoekers en hun onderzoek", {"researcher"}),
    ("their research found", set()),
    # One letter shorter names no group: "moderate" is a verb, "lecture" no lecturer.
    ("people who label data and moderate posts", set()),
    ("Antonio Casilli opens his Groningen lecture", set()),
    ("the moderators and their moderator", {"moderator"}),
    ("de moderatoren", {"moderator"}),
    # A noun of an action shares a person noun's stem but names no one.
    ("The Limits of Global Inclusion in AI Development", set()),
    ("content moderation at scale", set()),
    ("according to reporting on the exploited labour", set()),  # reporting is no reporter
    ("de ontwikkeling van AI", set()),
    ("Kenyan workers labelling content", {"data-worker"}),
    ("Time reported that the Kenyans were paid", set()),  # a verb is no reporter
    ("posts moderated by hand", set()),
    # A title before a person's name says who speaks, not whom the figure is of.
    ("Computer scientist Jeroen Baert does not think AI will reach 100 percent", set()),
    ("a system might tell a cat from a dog, said researcher Mary Gray", set()),
    ("volgens onderzoeker Jeroen Baert", set()),
    # ... and before one name: "lezer Fatima vroeg" is one reader, not the readers of a figure.
    ("Dat vroeg lezer Fatima ons na de vorige editie.", set()),
    ("as our reader Fatima asked", set()),
    ("the moderators Sama hired were paid", {"moderator"}),  # a plural is a group
    ("more than 2 million young Filipinos alone", {"young"}),  # a plural name is a group's
    ("researchers at Google Brain", {"researcher"}),  # a preposition between: no title
    ("four researchers, said Jeroen Baert", {"researcher"}),
    # A group that found or estimated the figure is its source; one that says it is still whom it is of.
    ("What Casilli's researchers found in Madagascar", set()),
    ("onderzoekers ontdekten dat klikwerkers weinig verdienen", {"data-worker"}),
    ("Kenyan moderators said they were paid little", {"moderator"}),
    # A Dutch compound names its head's group: ethics researchers are researchers; "medewerkers" name no group.
    ("schreven vier AI-ethiekonderzoekers al in 2021", {"researcher"}),
    ("de contentmoderatoren en de beleidsonderzoekers", {"moderator", "researcher"}),
    ("zestig medewerkers van het bedrijf", set()),
    # ... a plural one: a singular head is as often a thing's ("verrekijker", "geelkoper").
    ("met een verrekijker en een staaf geelkoper", set()),
    # A trade names its workers: people who work in mining are miners.
    ("100 to 400 million people work in artisanal mining", {"miner"}),
    ("werken 100 tot 400 miljoen mensen in de ambachtelijke mijnbouw", {"miner"}),
    ("millions work in agriculture", {"farmer"}),
    ("the mines of Katanga", set()),  # a mine is no miner
    # A trade's word before any noun of those who do a thing names that trade's workers (nd344-009).
    ("the garment finishers she organises in Dhaka", {"garment-worker"}),
    ("warehouse sorters in Leeds", {"warehouse-worker"}),
    ("factory owners say", set()),  # too short a noun to read as one who does a thing
    ("Cleaners at Nairobi data centers earn little", {"cleaner"}),  # a group named outright decides (review-95)
])
def test_the_groups_of_people_a_text_names(text, groups):
    from factlint.check.lexical import populations

    assert populations(text) == frozenset(groups)



def test_a_two_word_paraphrase_means_its_class_only_together():
    from factlint.check.lexical import pool
    assert "@pay" in pool(["Some of them take home just $1.46 an hour."])
    assert "@pay" not in pool(["They take the bus home."])


@pytest.mark.parametrize("text, held", [
    # A phrase opening with a stop word is read on all the words (nd336-010).
    ("For other jobs, Baert says, 99 percent is not acceptable.", True),
    ("Voor andere taken is 99 procent niet aanvaardbaar.", True),
    ("For a medical scan, 99 percent is unacceptable.", True),
    ("It is not clear whether that is acceptable.", False),
])
def test_a_negated_adjective_means_its_opposite(text, held):
    from factlint.check.lexical import pool
    assert ("@unacceptable" in pool([text])) is held



@pytest.mark.parametrize("word, meaning", [
    ("plaatjes", "@image"), ("afbeeldingen", "@image"), ("pictures", "@image"),
    ("merken", "@brand"), ("brands", "@brand"),
    ("raming", "@estimate"), ("geraamd", "@estimate"), ("estimates", "@estimate"),
    # What a mine yields is its output (nd271-003): "all the cobalt dug on the planet", "het gedolven kobalt".
    ("dug", "@produce"), ("extracted", "@produce"), ("gedolven", "@produce"), ("delft", "@produce"),
])
def test_words_of_one_meaning_across_the_languages(word, meaning):
    from factlint.check.lexical import keys

    assert meaning in keys(word)


def test_a_mine_is_no_output():
    from factlint.check.lexical import keys

    # "… comes from certified conflict-free mines" says where cobalt comes from, not that a place produces it.
    assert "@produce" not in keys("mines") and "@produce" not in keys("mijnen")


@pytest.mark.parametrize(("word", "meanings"), [
    ("wereldproductie", {"@world", "@produce"}),  # the world's production
    ("wereldbank", set()),  # a name's word: no "world" alone
    ("wereldmarkt", set()),  # a head of no known meaning gains none from its first part
])
def test_a_compound_s_first_part_carries_its_meaning_into_a_word_of_known_meaning(word, meanings):
    assert {k for k in lexical.keys(word) if k.startswith("@")} == meanings
