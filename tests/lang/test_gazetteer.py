"""The gazetteer: place names found in text (find) and places within places (within)."""

from __future__ import annotations

import pytest

from factlint.lang.gazetteer import Gazetteer, gazetteer


def found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """What find reports: each name as the text writes it, and its codes."""
    return [(text[a:b], codes) for a, b, codes in gazetteer().find(text)]


def countries(codes: tuple[str, ...]) -> set[str]:
    """The places codes name, a city or a province as its country."""
    return {gazetteer().country(c) for c in codes}


# text, the name found (as written), the kind of place, and the country (or region) it is or lies in
@pytest.mark.parametrize("text, name, kind, country", [
    ("Nairobi-based contractors", "Nairobi", "city", "KE"),
    ("annotators in Lagos", "Lagos", "city", "NG"),
    ("workers in Manila earn", "Manila", "city", "PH"),
    ("offices in Bangalore", "Bangalore", "city", "IN"),
    ("offices in Bengaluru", "Bengaluru", "city", "IN"),
    ("in Kinshasa,", "Kinshasa", "city", "CD"),
    ("Antananarivo", "Antananarivo", "city", "MG"),
    ("a hub in Cagayan de Oro", "Cagayan de Oro", "city", "PH"),
    ("San Francisco start-ups", "San Francisco", "city", "US"),
    ("Silicon Valley firms", "Silicon Valley", "city", "US"),
    ("werknemers in Den Haag", "Den Haag", "city", "NL"),
    ("Łódź", "Łódź", "city", "PL"),
    ("Zambia", "Zambia", "country", "ZM"),
    ("Congolese miners", "Congolese", "country", "CD"),
    ("the DRC", "DRC", "country", "CD"),
    ("the US", "US", "country", "US"),
    ("the U.S. market", "U.S.", "country", "US"),
    ("de VS", "VS", "country", "US"),
    ("Kenya's workers", "Kenya's", "country", "KE"),
    ("Keniaanse werknemers", "Keniaanse", "country", "KE"),
    ("De Bengaalse overheid schat", "Bengaalse", "country", "BD"),  # the press's adjective of Bangladesh
    # a city's adjective, by its language's endings: Dutch "-se", English "-ian"
    ("bij het Parijse Mistral AI", "Parijse", "city", "FR"),
    ("de Amsterdamse gemeente", "Amsterdamse", "city", "NL"),
    ("een Londense krant", "Londense", "city", "GB"),
    ("de Groningse universiteit", "Groningse", "city", "NL"),
    ("Parisian start-ups", "Parisian", "city", "FR"),
    # Dutch and Flemish towns of 50,000 people or more, kept by hand (SMALL_TOWNS), by name and adjective
    ("bij het Mechelse bedrijf", "Mechelse", "city", "BE"),
    ("studenten van TU Delft", "Delft", "city", "NL"),
    ("in Hilversum", "Hilversum", "city", "NL"),
    # Dutch uninflected adjectives, only after an article (review-285)
    ("bij een Delfts bedrijf", "Delfts", "city", "NL"),
    ("het Mechels stadhuis", "Mechels", "city", "BE"),
    # provinces, states and regions (ISO 3166-2), in ISO's name or its English or Dutch translation
    ("children dig in Lualaba province", "Lualaba", "province", "CD"),
    ("in Haut-Katanga", "Haut-Katanga", "province", "CD"),
    ("AI researchers in California", "California", "province", "US"),
    ("click workers in Scotland", "Scotland", "province", "GB"),
    ("in Noord-Brabant", "Noord-Brabant", "province", "NL"),
    ("Northern Mindanao", "Northern Mindanao", "province", "PH"),
    ("the Democratic Republic of the Congo", "Democratic Republic of the Congo", "country", "CD"),
    # names that start in lower case are found whole, once one of their words has a capital
    ("sub-Saharan Africa", "sub-Saharan Africa", "region", "202"),
    ("in Sub-Saharan Africa", "Sub-Saharan Africa", "region", "202"),
    ("het mondiale Zuiden", "mondiale Zuiden", "region", "x-global-south"),
    ("the Global South", "Global South", "region", "x-global-south"),
])
def test_find(text, name, kind, country):
    (written, codes), = found(text)
    assert written == name
    assert {gazetteer().places[c].kind for c in codes} == {kind}
    assert countries(codes) == {country}


@pytest.mark.parametrize("text", [
    "us", "turkey", "china", "congo",  # words, and names written in lower case
    "Us", "Let us", "vs. the rest",  # a name in capitals counts only as written
    "Reading the report", "Nice work", "Male workers", "Sale of goods", "Oral evidence", "Roles differ",
    "Toyota said", "Batman", "Victoria said", "Brent crude",  # city names that are mostly something else
    "Central", "Western", "Most", "Komen", "Lot", "Kerry",  # provinces' names that are mostly something else
    "sub-saharan africa", "het mondiale zuiden",  # no capital on any word
    "Engelse les", "Christian values", "Deze cijfers", "Haagse bluf",  # no city's adjective
    "Davies said", "Wiens idee was het?", "the Davies report", "Delfts blauw",  # an "-s" not after a Dutch article
])
def test_find_nothing(text):
    assert found(text) == []


def test_find_several_and_longest():
    text = "From Nairobi to Lagos, Kenya and Nigeria; the United States, not the United Kingdom"
    assert [w for w, _ in found(text)] == ["Nairobi", "Lagos", "Kenya", "Nigeria", "United States", "United Kingdom"]
    assert found("South Africa") == [("South Africa", ("ZA",))]
    assert [c for _, c in found("New York")] == [c for _, c in found("new York")]  # a capital on any word


def test_find_a_city_of_two_countries():
    (_, codes), = found("Hyderabad")
    assert countries(codes) == {"IN", "PK"}


def code_of(name: str) -> str:
    (_, codes), = found(name)
    assert len(codes) == 1
    return codes[0]


@pytest.mark.parametrize("place, region, inside", [
    ("Nairobi", "KE", True),
    ("Nairobi", "014", True),  # Eastern Africa
    ("Nairobi", "202", True),  # Sub-Saharan Africa
    ("Nairobi", "002", True),
    ("Nairobi", "NG", False),
    ("Lagos", "NG", True),
    ("Lagos", "KE", False),
    ("Bangalore", "IN", True),
    ("Kinshasa", "CD", True),
    ("Kinshasa", "CG", False),
    ("Antananarivo", "MG", True),
    ("Manila", "PH", True),
    ("Cagayan de Oro", "PH", True),
    ("San Francisco", "US", True),
    ("Silicon Valley", "US", True),
    ("Den Haag", "NL", True),
    ("Den Haag", "EU", True),
    ("Kenya", "KE", True),
    ("Kenya", "202", True),
    ("Kenya", "Nairobi", False),  # a country does not lie in its city
    ("Egypt", "202", False),
    ("Zambia", "002", True),
    ("Lualaba", "CD", True),  # a province lies in its country, and in the provinces holding it
    ("Lualaba", "202", True),
    ("Lualaba", "ZM", False),
    ("Oost-Vlaanderen", "Vlaams Gewest", True),
    ("Oost-Vlaanderen", "BE", True),
    ("California", "Silicon Valley", False),  # no city is placed in a province: neither lies in the other
    ("Silicon Valley", "California", False),
])
def test_within(place, region, inside):
    g = gazetteer()
    region_code = region if region in g.places else code_of(region)
    assert g.within(code_of(place), region_code) is inside


def test_within_itself_and_unknown_codes():
    g = gazetteer()
    nairobi = code_of("Nairobi")
    assert g.within(nairobi, nairobi) and g.within("KE", "KE")
    assert not g.within("x-nowhere", "KE")


def test_provinces_load_as_parts_of_their_country():
    g = gazetteer()
    lualaba = g.places[code_of("Lualaba")]
    assert lualaba.kind == "province" and lualaba.code == "x-sub-CD-LU" and lualaba.parents[0] == "CD"
    assert g.is_city(lualaba.code) and g.country(lualaba.code) == "CD"  # a part of a country, as a city is
    assert g.country(code_of("Oost-Vlaanderen")) == "BE" and g.country(code_of("Nairobi")) == "KE"
    assert g.country("KE") == "KE" and not g.is_city("KE")
    assert sum(p.kind == "province" for p in g.places.values()) > 2_000


def test_cities_load_as_cities():
    g = gazetteer()
    nairobi = g.places[code_of("Nairobi")]
    assert nairobi.kind == "city" and nairobi.code.startswith("x-city-")
    assert nairobi.parents[0] == "KE" and nairobi.parents[1:] == g.places["KE"].parents
    assert sum(p.kind == "city" for p in g.places.values()) > 1_500


def test_a_gazetteer_built_by_hand_finds_names():
    g = Gazetteer({}, {("kenya",): ("KE",), ("mondiale", "zuiden"): ("x-global-south",)}, {("US",): ("US",)})
    assert [c for _, _, c in g.find("Kenya, the US and het mondiale Zuiden; us, kenya")] == [
        ("KE",), ("US",), ("x-global-south",)]


@pytest.mark.parametrize(("word", "people"), [
    ("kenyans", True), ("filipinos", True), ("nigerians", True), ("kenianen", True), ("nederlanders", True),
    ("kenyan", False), ("kenya", False), ("keniaanse", False), ("workers", False),
])
def test_peoples_are_a_place_s_people_nouns(word, people):
    assert (word in gazetteer().peoples) is people


@pytest.mark.parametrize(("name", "noun"), [
    ("Zambia", True), ("Filipijnen", True), ("DRC", True), ("Nairobi", True), ("Kenya's", True), ("Kenyans", True),
    ("Filipino's", True), ("Kenyan", False), ("American", False), ("Keniaanse", False), ("Amerikaanse", False),
])
def test_a_place_named_as_a_noun_or_only_as_an_adjective(name, noun):
    assert gazetteer().names_noun(name) is noun
