"""The sentence splitter: figure context survives abbreviations, decimals, currency and initials."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.documents.sentences import split_sentences
from work import best_cpu

CASES = [
    ("footnote marker after the end", "Up to 430 million do it.[1] Casilli gives 100 to 400 million.",
     ["Up to 430 million do it.[1]", "Casilli gives 100 to 400 million."]),
    ("superscript note after the end", "A claim.\u00b2 Another one.", ["A claim.\u00b2", "Another one."]),
    # English
    ("two sentences", "Workers earn little. Others earn more.", ["Workers earn little.", "Others earn more."]),
    ("decimal", "They earn 1.46 dollars. That is low.", ["They earn 1.46 dollars.", "That is low."]),
    ("currency at the end", "They earn $1.46. That is low.", ["They earn $1.46.", "That is low."]),
    ("decimal fraction", "Only 0.15 billion people. Not more.", ["Only 0.15 billion people.", "Not more."]),
    ("e.g. and i.e.", "Tasks, e.g. Labelling, i.e. Tagging. Done.", ["Tasks, e.g. Labelling, i.e. Tagging.", "Done."]),
    ("titles", "Dr. Smith met Prof. Jones and Mr. Brown. Then Mrs. Green left.",
     ["Dr. Smith met Prof. Jones and Mr. Brown.", "Then Mrs. Green left."]),
    ("initials", "J. R. R. Tolkien wrote it. A. Casilli studied it.",
     ["J. R. R. Tolkien wrote it.", "A. Casilli studied it."]),
    ("U.S.", "The U.S. Department of Labor agrees. So do others.",
     ["The U.S. Department of Labor agrees.", "So do others."]),
    ("number sign", "See No. 5 in the list. It is long.", ["See No. 5 in the list.", "It is long."]),
    ("approx. and vs.", "Approx. 60% vs. 40% overall. Fine.", ["Approx. 60% vs. 40% overall.", "Fine."]),
    ("page and figure", "See p. 3 and fig. 2 for details. Thanks.", ["See p. 3 and fig. 2 for details.", "Thanks."]),
    ("St.", "They met in St. Louis. It rained.", ["They met in St. Louis.", "It rained."]),
    ("etc. mid-sentence", "Wages, hours, etc. are low. Yes.", ["Wages, hours, etc. are low.", "Yes."]),
    ("etc. at the end", "Wages, hours, etc. The rest is fine.", ["Wages, hours, etc.", "The rest is fine."]),
    ("p.m. at the end", "It closed at 5 p.m. The next day it opened.", ["It closed at 5 p.m.", "The next day it opened."]),
    ("closing quote", "He said \u201cpaid $1.46 after tax.\u201d Next one.",
     ["He said \u201cpaid $1.46 after tax.\u201d", "Next one."]),
    ("closing bracket", "Paid little (about $2.) Then more.", ["Paid little (about $2.)", "Then more."]),
    ("question and exclamation", "Is it fair? No! It is not.", ["Is it fair?", "No!", "It is not."]),
    ("ellipsis mid-sentence", "They wait... and wait.", ["They wait... and wait."]),
    ("ellipsis at the end", "They wait\u2026 Then they work.", ["They wait\u2026", "Then they work."]),
    ("lower case after a number's period", "Version 2.0. was released.", ["Version 2.0. was released."]),
    # Chat and notes open sentences in lower case: after a plain word's period, one starts.
    ("lower case after a word's period", "ok, cutting it. the open rate hit 77% last week.",
     ["ok, cutting it.", "the open rate hit 77% last week."]),
    ("lower case after a quote's period", 'it says "150m people, Meridian estimates". that\'s wrong.',
     ['it says "150m people, Meridian estimates".', "that's wrong."]),
    ("lower case after a unit's period", "It takes 8 hrs. a day, 5 days.", ["It takes 8 hrs. a day, 5 days."]),
    ("lower case after an abbreviation", "Wages, e.g. the hourly rate, etc. are low.",
     ["Wages, e.g. the hourly rate, etc. are low."]),
    ("lower case after an initial", "Ask j. smith about it.", ["Ask j. smith about it."]),
    ("lower case after a section word", "Volgens art. zeven van de cao krijgen ze 5 euro.",
     ["Volgens art. zeven van de cao krijgen ze 5 euro."]),
    ("lower case after a Dutch abbreviation", "Het is 1,5 mln. euro, ca. de helft.", ["Het is 1,5 mln. euro, ca. de helft."]),
    ("digit opens a sentence", "It grew. 150 million people work.", ["It grew.", "150 million people work."]),
    ("quote opens a sentence", "It grew. \u201cMany\u201d work.", ["It grew.", "\u201cMany\u201d work."]),
    ("list number", "1. Workers earn $1.46. 2. Others earn more.", ["1. Workers earn $1.46.", "2. Others earn more."]),
    ("year at the end", "It began in 2023. Then it grew.", ["It began in 2023.", "Then it grew."]),
    ("soft line break", "First line\nof a sentence. Second\none.", ["First line\nof a sentence.", "Second\none."]),
    ("blank line", "A heading\n\nA paragraph.", ["A heading", "A paragraph."]),
    ("surrounding white space", "  One.   Two.  ", ["One.", "Two."]),
    ("no terminator", "just words", ["just words"]),
    # Dutch
    ("bijv.", "Taken, bijv. Labelen van foto's. Klaar.", ["Taken, bijv. Labelen van foto's.", "Klaar."]),
    ("d.w.z.", "Weinig, d.w.z. Minder dan 2 dollar per uur. Zo is het.",
     ["Weinig, d.w.z. Minder dan 2 dollar per uur.", "Zo is het."]),
    ("o.a. and m.b.t.", "O.a. Kenia en m.b.t. Madagaskar. Klaar.", ["O.a. Kenia en m.b.t. Madagaskar.", "Klaar."]),
    ("dhr. and mevr.", "Dhr. Jansen en mevr. De Vries zeggen het. Ja.",
     ["Dhr. Jansen en mevr. De Vries zeggen het.", "Ja."]),
    ("enz. at the end", "Foto's, teksten enz. Daarna meer.", ["Foto's, teksten enz.", "Daarna meer."]),
    ("Dutch decimal comma", "Zo'n 1,5 miljoen. Meer dan 2 miljoen.", ["Zo'n 1,5 miljoen.", "Meer dan 2 miljoen."]),
    ("Dutch thousands dots", "Het zijn 12.000 werkers. Dat is veel.", ["Het zijn 12.000 werkers.", "Dat is veel."]),
    ("nl. and red.", "Een bron (red.) Noemt het, nl. Kenia. Klaar.", ["Een bron (red.) Noemt het, nl. Kenia.", "Klaar."]),
    ("ca.", "Ca. 100 tot 400 miljoen mensen. Veel.", ["Ca. 100 tot 400 miljoen mensen.", "Veel."]),
    ("a name in camel case", "It ended in self-harm. xAI, a rival lab, did too.",
     ["It ended in self-harm.", "xAI, a rival lab, did too."]),
    ("camel case after e.g.", "See e.g. eBay. Done.", ["See e.g. eBay.", "Done."]),
    ("a line opening with a bullet symbol", "→ Between 150 and 430 million do it.\n→ some take home less.\n• Yes.",
     ["→ Between 150 and 430 million do it.", "→ some take home less.", "• Yes."]),
    ("a symbol on the same line", "It costs 5. → see below.", ["It costs 5. → see below."]),
    # A section word cut short before its number: a manuscript's line, a page ("1. l. 42: the authors …").
    ("l. and p.", "1. l. 42: the authors write it. See p. 6 too.", ["1. l. 42: the authors write it.", "See p. 6 too."]),
    ("r.", "Recensent 2, r. 48: de auteurs. Klaar.", ["Recensent 2, r. 48: de auteurs.", "Klaar."]),
    # A slash after a sentence's end parts a caption in two languages: each half is a sentence.
    ("a caption in two languages", "Congo produces well over half. / Congo levert ruim 60 procent.",
     ["Congo produces well over half.", "Congo levert ruim 60 procent."]),
    ("a slash within a sentence", "Pay per hour / per day. And more/less so.", ["Pay per hour / per day.",
                                                                                 "And more/less so."]),
    ("a slash before lower case", "It is 5. / or so.", ["It is 5. / or so."]),
    # A chapter list's or a live blog's lines, each opened by its time, are entries of their own, periods or none.
    ("a chapter list", "19:20 De negen plaatjes van reCAPTCHA\n26:00 Waarom AI nooit 100 procent haalt\n"
     "**35:05** Keniaanse moderatoren: 150 per dag",
     ["19:20 De negen plaatjes van reCAPTCHA", "26:00 Waarom AI nooit 100 procent haalt",
      "**35:05** Keniaanse moderatoren: 150 per dag"]),
    # Lines opened by a bullet no list syntax made are entries of their own, periods or none.
    ("bullet lines without periods", "key bits:\n• Madagascar: €90-100 a month\n• World Bank: 100 to 400 million",
     ["key bits:", "• Madagascar: €90-100 a month", "• World Bank: 100 to 400 million"]),
    ("a bullet inside a line", "Pay • hours • rest", ["Pay • hours • rest"]),
    ("a time in a wrapped line", "They met at\n10:30 am to count 150 texts.", ["They met at\n10:30 am to count 150 texts."]),
    ("a ratio opening a line", "The odds were\n3:1 Against it.", ["The odds were\n3:1 Against it."]),
    # A dateline opening a line opens a story: the brief's title above it is a line of its own.
    ("a brief's dateline", "Analist: Indonesië haalt Congo in\nJAKARTA (ANP) - Indonesië produceert het meeste.",
     ["Analist: Indonesië haalt Congo in", "JAKARTA (ANP) - Indonesië produceert het meeste."]),
    ("a wire dateline", "Pay stays low\nNAIROBI, May 4 (Reuters) - Moderators were paid less.",
     ["Pay stays low", "NAIROBI, May 4 (Reuters) - Moderators were paid less."]),
    ("a name in capitals in a wrapped line", "They were paid by\nOpenAI and SAMA - less than that.",
     ["They were paid by\nOpenAI and SAMA - less than that."]),
    # A byline on a line of its own over what it signs: a handle alone, or words and a date set apart by a middle dot.
    ("a poster's handle", "u/cmo_in_training\nI've seen 80% quoted.", ["u/cmo_in_training", "I've seen 80% quoted."]),
    ("a byline and its date", "Henri_V · 2 Mar 2024 09:12\nThe piece says €90–100 a month.",
     ["Henri_V · 2 Mar 2024 09:12", "The piece says €90–100 a month."]),
    ("a handle and its points", "u/marrow_and_moss · 212 points\nso like $1.50 an hour.",
     ["u/marrow_and_moss · 212 points", "so like $1.50 an hour."]),
    # ... not a list's lines that set a figure apart by a middle dot (review-71).
    ("lines of a list", "Kenya · less than $2 an hour\nPhilippines · more than 2 million click workers",
     ["Kenya · less than $2 an hour\nPhilippines · more than 2 million click workers"]),
    ("a middle dot inside a wrapped line", "They were paid · by the hour · less than\n$2 an hour.",
     ["They were paid · by the hour · less than\n$2 an hour."]),
    # A dash and a name closing a paragraph of sentences sign it (nd323-018); after one sentence it may attribute it.
    ("a talk page's signature", "I put it back. Keep the 99 percent. — Roosmarijn Dekeyser (overleg) 1 jul 2024 15:35 (CEST)",
     ["I put it back.", "Keep the 99 percent.", "— Roosmarijn Dekeyser (overleg) 1 jul 2024 15:35 (CEST)"]),
    ("an epigraph's attribution", "Nobody is paid enough for this. — Antonio Casilli",
     ["Nobody is paid enough for this. — Antonio Casilli"]),
    ("a quotation's attribution", "Our region is the heart of it. Over 60% comes from our mines. — Zambia Chamber of Mines",
     ["Our region is the heart of it.", "Over 60% comes from our mines. — Zambia Chamber of Mines"]),  # (review-81)
    ("a dash going on", "I put it back. Keep it. — and the rest is fine.", ["I put it back.", "Keep it. — and the rest is fine."]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_split_sentences(name: str, text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aB1. !?\u2026\u201d)\n\t'\"(") + ["e.g.", "Dr.", "$1.46", "\n\n"]),
                max_size=60).map("".join))
def test_spans_are_ordered_disjoint_and_trimmed(text: str) -> None:
    last = 0
    for a, b in split_sentences(text):
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b
    covered = "".join(text[a:b] for a, b in split_sentences(text))
    assert "".join(covered.split()) == "".join(text.split())


# Their speed is measured in benchmarks/documents.py; here, that a megabyte line is split right.
@pytest.mark.parametrize(("line", "count", "last"), [
    ("a" * 1_000_000, 1, (0, 1_000_000)),
    ("." * 1_000_000, 1, (0, 1_000_000)),
    ("a." * 500_000, 1, (0, 1_000_000)),
    ("Dr. Smith earns $1.46. " * 45_000, 45_000, (1_034_977, 1_034_999)),
    (" " * 1_000_000 + "A.", 1, (1_000_000, 1_000_002)),
])
def test_a_megabyte_line_is_split_whole(line: str, count: int, last: tuple[int, int]) -> None:
    spans = split_sentences(line)
    assert len(spans) == count
    assert spans[-1] == last


@pytest.mark.parametrize("line", ["{:02d}:{:02d} Chapter about the work", "word word word"])
def test_lines_without_a_period_split_in_linear_time(line):
    # A chapter list has no period: each of its lines once looked for the next terminal to the text's end.
    def lines(n: int) -> str:
        return "\n".join(line.format(k % 60, k % 60) for k in range(n))
    small, large = lines(2000), lines(8000)
    assert best_cpu(lambda: split_sentences(large)) < 8 * best_cpu(lambda: split_sentences(small)) + 0.02
