"""Loading the registry: files read, tables validated, quotes anchored, every error collected."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.errors import FactlintError
from factlint.registry.load import load_registry


def write(root: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    (root / "claims").mkdir(exist_ok=True)
    return root / "claims"


def claim_toml(quote: str, figure: str | None = None, source: str = "s", ident: str = "c") -> str:
    fig = f'figure = "{figure}"\n' if figure else ""
    return (f'[[claim]]\nid = "{ident}"\nsource = "{source}"\nquote = """{quote}"""\n{fig}'
            f'statement = "A statement."\n')


def load_one(tmp_path: Path, seed: str, quote: str, figure: str | None = None, path: str = "seeds/s.txt",
             lang: str = "en"):
    claims = write(tmp_path, {path: seed, "claims/a.toml": f'[[source]]\nid = "s"\npath = "{path}"\nlang = "{lang}"\n\n'
                                                           + claim_toml(quote, figure)})
    registry = load_registry(claims, tmp_path)
    return registry, registry.claims[0]


def test_a_claim_carries_its_anchor_and_every_figure_of_its_quote_masked(tmp_path):
    _, claim = load_one(tmp_path, "They read 150 passages a day for $2 an hour.\n", "150 passages a day for $2 an hour",
                        "$2 an hour")
    assert (claim.line, claim.column, claim.end_line, claim.end_column) == (1, 11, 1, 44)
    assert claim.masked_quote.split() == ["passages", "a", "day", "for"]
    assert claim.masked_statement == "A statement."


def test_quote_must_match_case_and_words(tmp_path):
    with pytest.raises(FactlintError) as info:
        load_one(tmp_path, "Workers earn $2 an hour in Kenya.\n", "workers earn $2 an hour in kenya")
    (detail,) = info.value.details
    assert 'quote not found in seeds/s.txt; closest passage (line 1, ' in detail
    assert detail.endswith('similar): "Workers earn $2 an hour in Kenya."')


def test_closest_passage_names_its_line(tmp_path):
    seed = "Line one.\nLine two.\nKenyan workers were paid less than $2 an hour.\nLine four.\n"
    with pytest.raises(FactlintError) as info:
        load_one(tmp_path, seed, "Kenyan workers got less than $2 an hour")
    (detail,) = info.value.details
    assert "closest passage (line 3, " in detail
    assert '"Kenyan workers were paid less than $2 an' in detail


def test_figure_picks_the_named_one(tmp_path):
    _, claim = load_one(tmp_path, "They read 150 passages a day for less than $2 an hour.\n",
                        "150 passages a day for less than $2 an hour", figure="$2 an hour")
    assert claim.figure_text == "$2 an hour"
    assert claim.figure.low == 2 and claim.figure.kind == "money"
    assert claim.quote[claim.figure.start:claim.figure.end].startswith(("less than $2", "$2"))


def test_quote_with_several_figures_needs_figure(tmp_path):
    with pytest.raises(FactlintError) as info:
        load_one(tmp_path, "They read 150 passages a day for less than $2 an hour.\n",
                 "150 passages a day for less than $2 an hour")
    (detail,) = info.value.details
    assert detail.startswith('claims/a.toml:9: [[claim]] "c": the quote holds 2 figures (')
    assert detail.endswith('say which with figure = "..."')


def test_quote_without_figure(tmp_path):
    with pytest.raises(FactlintError) as info:
        load_one(tmp_path, "Workers are poorly paid.\n", "Workers are poorly paid")
    assert info.value.details == ['claims/a.toml:9: [[claim]] "c": the quote holds no figure']


def test_figure_text_must_be_a_figure(tmp_path):
    with pytest.raises(FactlintError) as info:
        load_one(tmp_path, "Workers in Kenya earn $2 an hour.\n", "Workers in Kenya earn $2 an hour", figure="Kenya")
    (detail,) = info.value.details
    assert detail.startswith('claims/a.toml:10: [[claim]] "c": no figure found at "Kenya" in the quote (')


def test_single_figure_taken_from_quote(tmp_path):
    _, claim = load_one(tmp_path, "Meer dan 2 miljoen mensen doen klikwerk.\n", "Meer dan 2 miljoen mensen", lang="nl")
    assert claim.figure.low == 2_000_000 and claim.figure.qualifier == "min"
    assert claim.figure_text == claim.figure.text


def test_all_errors_sorted_by_file_and_line(tmp_path):
    claims = write(tmp_path, {
        "seeds/s.txt": "Workers earn $2 an hour.\n",
        "claims/b.toml": '[[source]]\nid = "s"\npath = "seeds/s.txt"\n\n'
                         + claim_toml("earn $3 an hour", ident="c1") + "\n" + claim_toml("earn $2 an hour", source="z",
                                                                                     ident="c2"),
        "claims/a.toml": '[[source]]\nid = "t"\npath = "/abs"\nextra = 1\n',
    })
    with pytest.raises(FactlintError) as info:
        load_registry(claims, tmp_path)
    assert info.value.message == "invalid registry: 4 errors"
    assert [d.split(" ")[0] for d in info.value.details] == [
        "claims/a.toml:3:", "claims/a.toml:4:", "claims/b.toml:8:", "claims/b.toml:13:"]


def test_each_source_read_once(tmp_path, monkeypatch):
    seed = "Workers earn $2 an hour. They read 150 passages a day.\n"
    toml = '[[source]]\nid = "s"\npath = "seeds/s.txt"\n\n' + claim_toml("earn $2 an hour", ident="a") + \
        claim_toml("150 passages a day", ident="b")
    claims = write(tmp_path, {"seeds/s.txt": seed, "claims/a.toml": toml})
    reads: list[str] = []
    original = Path.read_bytes

    def counting(self):
        reads.append(self.name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    registry = load_registry(claims, tmp_path)
    assert [c.id for c in registry.claims] == ["a", "b"]
    assert reads.count("s.txt") == 1


def test_published_date_and_optional_fields(tmp_path):
    claims = write(tmp_path, {"seeds/s.txt": "Workers earn $2 an hour.\n",
                              "claims/a.toml": '[[source]]\nid = "s"\npath = "seeds/s.txt"\ntitle = "T"\n'
                                               'published = 2023-11-07\nurl = "https://example.org"\n\n'
                                               + claim_toml("earn $2 an hour") + 'keywords = ["wage", " loon "]\n'})
    registry = load_registry(claims, tmp_path)
    source = registry.sources["s"]
    assert (source.title, source.published, source.url, source.lang) == ("T", "2023-11-07", "https://example.org", "en")
    assert registry.claims[0].keywords == ("wage", "loon")
    assert registry.source_line(registry.claims[0]) == "Workers earn $2 an hour."


def test_a_statement_has_its_figures_masked_as_english(tmp_path):
    toml = ('[[source]]\nid = "s"\npath = "seeds/s.txt"\nlang = "nl"\n\n[[claim]]\nid = "c"\nsource = "s"\n'
            'quote = "2 miljoen mensen"\nstatement = " 2 million people do click work. "\n')
    claims = write(tmp_path, {"seeds/s.txt": "Meer dan 2 miljoen mensen doen klikwerk.\n", "claims/a.toml": toml})
    (claim,) = load_registry(claims, tmp_path).claims
    assert claim.statement == "2 million people do click work."
    assert claim.masked_statement.split() == ["people", "do", "click", "work."]
    assert claim.masked_quote.split() == ["mensen"]


def _scoped(tmp_path: Path, scope: str):
    claims = write(tmp_path, {"seeds/s.txt": "Workers earned $2 an hour.\n",
                              "claims/a.toml": '[[source]]\nid = "s"\npath = "seeds/s.txt"\n\n'
                                               + claim_toml("earned $2 an hour") + scope})
    return load_registry(claims, tmp_path)


def test_declared_places_and_organisations_are_the_claims_scope(tmp_path):
    claim = _scoped(tmp_path, 'places = ["Kenia", "Sub-Saharan Africa"]\norganisations = ["OpenAI", "Sama"]\n').claims[0]
    assert claim.places == ("KE", "202") and claim.organisations == ("openai", "sama")


@pytest.mark.parametrize("scope, message", [
    ('places = ["Atlantis"]\n', 'place "Atlantis" is no country, region or city factlint knows'),
    ('places = "Kenya"\n', '"places" must be a list of non-empty strings'),
    ('organisations = [""]\n', '"organisations" must be a list of non-empty strings'),
])
def test_a_declared_scope_is_validated(tmp_path, scope, message):
    with pytest.raises(FactlintError) as err:
        _scoped(tmp_path, scope)
    assert any(message in line for line in err.value.details)
