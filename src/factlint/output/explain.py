"""--explain in words: why a figure got its status, and what each of its best candidate claims matched.

Pure and unescaped: the text report and the editor's hover escape it for where it is shown.
"""

from __future__ import annotations

from factlint.check.findings import Finding
from factlint.check.verdicts import CONTEXT_THRESHOLD, DISTINCT_FLOOR, NO_CLAIM, RESEMBLING, UNLIKE_VALUE


def why(f: Finding) -> str:
    """Why the figure got its status, in one sentence."""
    best = f.explanation[0] if f.explanation else None
    if f.status == "unsourced":
        if best is None:
            if f.message != NO_CLAIM:
                return f.message  # "a figure asked for, not said to be: no claim is compared"
            return f"no claim matches the figure's context well enough (none can score {CONTEXT_THRESHOLD:g})"
        if f.message.startswith(UNLIKE_VALUE):
            return (f"the best claim matches only weakly (under {RESEMBLING:g}) and the figure's value is none of its "
                    f"own gone wrong: another quantity ({f.message[len(UNLIKE_VALUE):].strip(' ()')})")
        if best.difference is not None:
            return f"the closest claim is said of something else ({best.difference.message()}) and matches too weakly"
        return f"no claim's context score reaches the threshold (best {best.score:.1f})"
    if f.match is not None and f.match.difference is not None:
        return f"the claim matches strongly but its scope differs: {f.match.difference.message()}"
    score = "" if f.score is None else f" (score {f.score:.1f})"
    if f.score is not None and f.score < CONTEXT_THRESHOLD:
        score = (f" (score {f.score:.1f}: under {CONTEXT_THRESHOLD:g}, but the figure restates the claim's own distinctive "
                 f"value, which needs {DISTINCT_FLOOR:g})")
    return (f"the claim matches in context{score} and its figure "
            f"{'agrees' if f.status == 'supported' else 'was compared'}: {f.message}")


def candidates(f: Finding) -> list[str]:
    """One line per best candidate claim: its score, id, the words found and missed, a scope difference."""
    lines = []
    for c in f.explanation or ():
        scope = f"; scope: {c.difference.message()}" if c.difference is not None else ""
        lines.append(f"{c.score:5.1f}  {c.claim.id}: found {', '.join(c.found) or '-'}; "
                     f"missed {', '.join(c.missed[:8]) or '-'}{scope}")
    return lines
