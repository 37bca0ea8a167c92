"""Benchmark: registries whose claims share their vocabulary (a statistics office's), against a varied one.

Run from the project root:  .venv/bin/python benchmarks/shared_vocabulary.py [--mb 1] [--claims 10000]
    [--src DIR]   (time the factlint whose sources are in DIR/src instead, e.g. an older revision exported
                   with `git archive REV src | tar -x -C DIR`)
    [--cached]    (time cached runs only: one run fills the cache, the next is timed)

Two generators, each one template of figure, organisation, place, group of people and measure, varied:
"office" (a statistics office's bulletin: an organisation puts a measure of a group in a country at a
figure; places drawn evenly) and "survey" (a survey's finding: a share or a count of a group in a city
that did something; places drawn with a skew, so a few cities hold many claims). "one-place" is the office
template with every claim in one country. Each draft (1 MB) is sentences of the same vocabulary: restated
claims (some figures altered, some places or organisations swapped) and new combinations of its words.
Each registry is timed at 100 and at N claims, `--no-cache` and cached, beside workload.py's varied one.
Targets: N = 10,000 cached under 5 s and under 3x the time of 100 claims. Each time is wall-clock and, in
parentheses, the CPU time of the process (user and system): on a busy machine the second is the steadier.
"""

from __future__ import annotations

import json
import os
import random
import sys
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workload import FACTLINT, SEED, Words, draft as varied_draft, make_claims, write_registry

from factlint.lang.gazetteer import gazetteer

_SYLLABLES = ("bra ton mel ka ri vos den lu sar ne pol tam gri fen co ver dal mi sto rup ag el or an is "
              "ul tra ben cor fal gan hol jor kel lin mor nor pan quel ros sil tor ust var wel yor zan").split()
_KINDS = ("Institute", "Bureau", "Council", "Foundation", "Observatory", "Agency", "Trust", "Centre")
GROUPS = ("data workers", "content moderators", "riders", "nurses", "teachers", "farmers", "miners",
          "students", "doctors", "engineers", "call centre agents", "journalists", "civil servants",
          "researchers", "drivers", "annotators", "couriers", "carers", "programmers", "shop workers")
# measure, the kind of figure it takes
OFFICE_MEASURES = (("median hourly pay", "rate"), ("average monthly income", "month"), ("unemployment rate", "percent"),
                   ("share on temporary contracts", "percent"), ("average weekly hours", "hours"),
                   ("number of registered", "count"), ("gender pay gap", "percent"), ("annual turnover rate", "percent"),
                   ("median annual salary", "year"), ("share working night shifts", "percent"),
                   ("union membership rate", "percent"), ("average commute time", "minutes"))
SURVEY_MEASURES = ("had no written contract", "worked more than 48 hours a week", "were paid below the minimum wage",
                   "reported unpaid overtime", "had been injured at work", "planned to leave their jobs",
                   "held a second job", "received no training", "were members of a union", "worked from home",
                   "earned less than a year before", "lacked health insurance")


@dataclass(frozen=True)
class Claim:
    id: str
    source: str
    statement: str
    quote: str
    figure: str
    keywords: tuple[str, ...]
    # how a draft restates it: a function of (figure as written, place, organisation) -> sentence
    restate: Callable[[str, str, str], str]
    place: str
    organisation: str
    altered: str


def organisations(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    out = []
    while len(out) < n:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()
        name = f"{word} {rng.choice(_KINDS)}"
        if word not in seen:
            seen.add(word)
            out.append(name)
    return out


def countries() -> list[str]:
    places = gazetteer().places
    names = sorted({p.name for p in places.values() if p.kind == "country" and p.name and " " not in p.name
                    and p.name.isalpha()})
    return names


def cities() -> list[str]:
    places = gazetteer().places
    return sorted({p.name for p in places.values() if p.kind == "city" and p.name and p.name.isalpha()})


def _office_figure(rng: random.Random, kind: str) -> tuple[str, str]:
    if kind == "rate":
        v = rng.randint(100, 4000) / 100
        return f"${v:.2f} an hour", f"${v * 1.4:.2f} an hour"
    if kind in ("month", "year"):
        v = rng.randint(2, 900) * (10 if kind == "month" else 100)
        return f"€{v:,} a {kind}", f"€{int(v * 1.5):,} a {kind}"
    if kind == "percent":
        v = rng.randint(2, 95)
        return f"{v}%", f"{(v + 13) % 100 or 7}%"
    if kind == "hours":
        v = rng.randint(20, 60)
        return f"{v} hours", f"{v + 9} hours"
    if kind == "minutes":
        v = rng.randint(10, 90)
        return f"{v} minutes", f"{v + 25} minutes"
    v = rng.randint(2, 900)
    return f"{v},000", f"{v * 2},000"


def office(n: int, rng: random.Random, *, one_place: str | None = None) -> list[Claim]:
    """A statistics office's bulletins: every organisation measures every kind of thing in every country."""
    places = [one_place] if one_place else countries()
    orgs = organisations(rng, 60)
    out = []
    for i in range(n):
        measure, kind = rng.choice(OFFICE_MEASURES)
        group, place, org = rng.choice(GROUPS), rng.choice(places), rng.choice(orgs)
        fig, alt = _office_figure(rng, kind)
        what = f"{measure} {group}" if kind == "count" else f"{measure} of {group}"
        year = rng.randint(2015, 2024)
        out.append(Claim(
            f"office-{i:05d}", f"office-{i // 50:04d}",
            f"The {org} puts the {what} in {place} at {fig}.",
            f"In {year}, the {what} in {place} was {fig}, the {org} said in its annual bulletin",
            fig, (measure, group), lambda f, p, o, what=what: f"The {o} found the {what} in {p} stood at {f} last year.",
            place, org, alt))
    return out


def survey(n: int, rng: random.Random) -> list[Claim]:
    """Survey findings: a share (or count) of a group in a city that did something; cities drawn with a skew."""
    places = cities()
    rng.shuffle(places)
    weights = [1.0 / (k + 1) for k in range(len(places))]
    orgs = organisations(rng, 400)
    out = []
    for i in range(n):
        measure, group = rng.choice(SURVEY_MEASURES), rng.choice(GROUPS)
        place = rng.choices(places, weights=weights)[0]
        org = rng.choice(orgs)
        if rng.random() < 0.7:
            v = rng.randint(3, 96)
            fig, alt = f"{v}%", f"{(v + 17) % 100 or 9}%"
        else:
            v = rng.randint(2, 500)
            fig, alt = f"{v * 100:,} {group}", f"{v * 300:,} {group}"
        subject = fig if fig.endswith("%") else fig.rsplit(" ", 2)[0]
        out.append(Claim(
            f"survey-{i:05d}", f"survey-{i // 40:04d}",
            f"{subject} of {group} in {place} {measure}, according to a {org} survey." if fig.endswith("%") else
            f"{fig} in {place} {measure}, according to a {org} survey.",
            f"Of the {group} we asked in {place}, {fig} {measure} (survey by the {org})",
            fig, (group, measure.split()[-1]),
            lambda f, p, o, group=group, measure=measure: (
                f"A survey by the {o} says {f} of {group} in {p} {measure}." if f.endswith("%") else
                f"According to the {o}, {f} in {p} {measure}."),
            place, org, alt))
    return out


def write(folder: Path, claims: list[Claim]) -> Path:
    """A project of these claims: seeds/ holds each source's quotes, claims/ one TOML file per source."""
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    (folder / "claims").mkdir(parents=True, exist_ok=True)
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    for sid, group in by_source.items():
        (folder / "seeds" / f"{sid}.txt").write_text("\n\n".join(c.quote + "." for c in group) + "\n", encoding="utf-8")
        toml = [f'[[source]]\nid = "{sid}"\npath = "seeds/{sid}.txt"\ntitle = "Bulletin {sid}"\n']
        for c in group:
            toml.append(f'[[claim]]\nid = "{c.id}"\nsource = "{sid}"\nquote = "{c.quote}"\nfigure = "{c.figure}"\n'
                        f'statement = "{c.statement}"\nkeywords = {json.dumps(list(c.keywords))}\n')
        (folder / "claims" / f"{sid}.toml").write_text("\n".join(toml), encoding="utf-8")
    return folder


def draft(nbytes: int, claims: list[Claim], rng: random.Random) -> str:
    """Paragraphs of sentences in the claims' vocabulary: a claim restated (its figure, an altered one, or
    another place's or organisation's), or a claim's words recombined into a figure no claim gives."""
    places = sorted({c.place for c in claims})
    orgs = sorted({c.organisation for c in claims})
    parts: list[str] = []
    size = 0
    section = 0
    while size < nbytes:
        if rng.random() < 0.06:
            section += 1
            block = f"## {section}. {rng.choice(places)}\n"
        else:
            sentences = []
            for _ in range(rng.randint(3, 6)):
                c = rng.choice(claims)
                r = rng.random()
                if r < 0.25:
                    sentences.append(c.restate(c.figure, c.place, c.organisation))
                elif r < 0.35:
                    sentences.append(c.restate(c.altered, c.place, c.organisation))
                elif r < 0.45:
                    sentences.append(c.restate(c.figure, rng.choice(places), c.organisation))
                elif r < 0.55:
                    sentences.append(c.restate(c.figure, c.place, rng.choice(orgs)))
                elif r < 0.85:  # the words of two claims, put together
                    d = rng.choice(claims)
                    sentences.append(c.restate(d.altered, d.place, rng.choice((c.organisation, d.organisation))))
                else:
                    sentences.append(f"The {c.organisation} and its partners in {c.place} met again this year.")
            block = " ".join(sentences) + "\n"
        parts.append(block)
        size += len(block.encode("utf-8")) + 1
    return "\n".join(parts)


GENERATORS: dict[str, Callable[[int, random.Random], list[Claim]]] = {
    "office": office,
    "survey": survey,
    "one-place": lambda n, rng: office(n, rng, one_place="Kenya"),
}


def run(args: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (user and system), peak resident MB and standard output of a command."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"{' '.join(args[:3])} failed: {err.read().decode()[:500]}")
        return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, out.read().decode()


def check(command: list[str], draft_path: Path, project: Path, *extra: str) -> tuple[float, float, int, dict]:
    wall, cpu, peak, out = run([*command, "check", str(draft_path), "--format", "json", *extra], cwd=project)
    return wall, cpu, peak, json.loads(out)["summary"]


def main(mb: float = 1.0, n: int = 10_000, src: str | None = None, cached_only: bool = False) -> None:
    command = [FACTLINT]
    if src:
        os.environ["PYTHONPATH"] = str(Path(src).resolve() / "src")
        command = [sys.executable, "-m", "factlint"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        os.environ["FACTLINT_CACHE_DIR"] = str(tmp_path / "cache")
        setups: dict[str, tuple[dict[int, Path], Path]] = {}
        rng = random.Random(SEED)
        words = Words(rng)
        varied = make_claims(n, rng, words)
        path = tmp_path / "varied.md"
        path.write_text(varied_draft(int(mb * 1e6), varied[:100], rng, words), encoding="utf-8")
        setups["varied (workload.py)"] = ({k: write_registry(tmp_path / f"varied-{k}", varied[:k]) for k in (100, n)},
                                          path)
        for name, generate in GENERATORS.items():
            claims = generate(n, random.Random(SEED))
            path = tmp_path / f"{name}.md"
            # The draft restates claims of the small registry, so both sizes hold what it restates.
            path.write_text(draft(int(mb * 1e6), claims[:100], random.Random(SEED + 1)), encoding="utf-8")
            setups[name] = ({k: write(tmp_path / f"{name}-{k}", claims[:k]) for k in (100, n)}, path)
        print(f"{mb} MB drafts; wall seconds (CPU seconds) of one `factlint check` each; x: cached, against 100 claims")
        print(f"{'registry':<22} {'claims':>7} {'no-cache':>15} {'cached':>15} {'x cached':>9} {'peak MB':>8} "
              f"{'figures':>8}   sup/conf/unsrc")
        for name, (projects, path) in setups.items():
            base = None
            for k, project in projects.items():
                cold = check(command, path, project, "--no-cache") if not cached_only else None
                check(command, path, project)  # fills the cache
                wall, cpu, peak, summary = check(command, path, project)
                base = base or wall
                counts = "/".join(str(summary[s]) for s in ("supported", "conflicting", "unsourced"))
                cold_text = f"{cold[0]:.2f} ({cold[1]:.2f})" if cold else "-"
                print(f"{name:<22} {k:>7,} {cold_text:>15} {f'{wall:.2f} ({cpu:.2f})':>15} {wall / base:>9.2f} "
                      f"{peak:>8} {summary['figures']:>8}   {counts}", flush=True)
    print("\ntargets: 10,000 claims cached < 5 s and < 3x the time of 100 claims")


if __name__ == "__main__":
    args = sys.argv
    main(float(args[args.index("--mb") + 1]) if "--mb" in args else 1.0,
         int(args[args.index("--claims") + 1]) if "--claims" in args else 10_000,
         args[args.index("--src") + 1] if "--src" in args else None, "--cached" in args)
