"""MDX drafts: Markdown with its ESM lines and {expressions} blanked out, positions unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check.mentions import scan
from factlint.documents import Form
from factlint.documents.mdx import blank_jsx
from positions import position

DOC = """import Chart from './chart.js'
export const meta = {
  budget: 4242,
}

# Pay in Kenya

Workers earned $2 an hour {props.bonus + 500} in 2022.

<Callout kind="note" limit={99}>
About 150 million people do this work.
</Callout>

```js
const x = {a: 1};
```
"""


def test_esm_and_expressions_are_blanked_and_positions_kept():
    blanked = blank_jsx(DOC)
    assert len(blanked) == len(DOC) and blanked.count("\n") == DOC.count("\n")
    assert "4242" not in blanked and "500" not in blanked and "99" not in blanked and "import" not in blanked
    assert "const x = {a: 1};" in blanked  # code stays code


def test_figures_stand_at_their_place_in_the_file():
    found = [(position(DOC, occ.start), occ.figure.text) for occ in scan(DOC, form=Form("mdx"))]
    assert found == [((8, 16), "$2 an hour"), ((11, 7), "150 million")]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["{", "}", "import x\n", "export y\n", "\n", "```\n", "~~~\n", "5%", " ", "<A>",
                                 "</A>", "text"]), max_size=40).map("".join))
def test_blanking_keeps_every_line_break_and_length(document):
    blanked = blank_jsx(document)
    assert len(blanked) == len(document)
    assert [k for k, c in enumerate(blanked) if c == "\n"] == [k for k, c in enumerate(document) if c == "\n"]
    for occ in scan(document, form=Form("mdx")):
        assert 0 <= occ.start <= occ.end <= len(document)


def test_many_fences_and_imports_take_linear_time():
    # Each import was tested against every code fence: 360 KB took 14 s, twice that 56 s.
    from work import best_cpu

    from factlint.documents.mdx import blank_jsx

    def cpu(n: int) -> float:
        return best_cpu(lambda: blank_jsx("```\n```\nimport x\n\n" * n))

    assert cpu(16_000) < 8 * cpu(4_000) + 0.05
