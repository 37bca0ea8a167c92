import pytest
from hypothesis import given, strategies as st

from factlint.check.hidden import hidden_characters


@pytest.mark.parametrize("text, offsets", [
    ("paid as little as \u202e1.46$\u202c an hour", [18, 24]),
    ("Paid \u3164$1.46 an hour.", [5]),
    ("Paid $1\u115f.46 an hour.", [7]),
    ("Paid \uffa05 euros.", [5]),
    ("\u2066150 million\u2069 people", [0, 12]),
    ("\u202bעברית\u202c and no figure", []),  # a bidi control far from any digit is ordinary right-to-left text
    ("Paid $1.46 an hour.", []),
], ids=["override", "hangul filler", "choseong filler in digits", "halfwidth filler", "isolate", "no figure",
        "clean"])
def test_hidden_characters_beside_a_figure_are_found(text, offsets):
    assert [h.offset for h in hidden_characters(text)] == offsets


def test_the_message_names_the_character():
    [h] = hidden_characters("Paid \u3164$1.46 an hour.")
    assert "hangul filler (U+3164)" in h.message


@given(st.text(alphabet="1$ a\u202e\u202c\u3164\u2066", max_size=300))
def test_every_offset_is_a_hidden_character_in_the_text(text):
    for h in hidden_characters(text):
        assert 0 <= h.offset < len(text) and text[h.offset] in "\u202e\u202c\u3164\u2066"
