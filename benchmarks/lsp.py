"""Benchmark: the language server as an editor sees it. `factlint lsp` is started in a subprocess and driven
over stdio by pygls's client, on the bundled registry and a 2,000-word draft (examples/draft.md repeated).

Run from the project root:  .venv/bin/python benchmarks/lsp.py [--edits 1000] [--hovers 200]

Prints: hover latency (request to answer); the time from a didChange to the diagnostics published for that
version, debounce included, for an edit after a quiet spell (checked at once) and for the last edit of a burst
of five typed back to back (checked once the burst pauses); the server's resident memory over N edits, each
checked and published. The baseline, measured in this run: check_draft on the same text in this process.
Needs the lsp extra (pip install -e '.[lsp]').
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from workload import ROOT, median

from factlint.check.draft import check_draft
from factlint.lsp.server import DEBOUNCE
from factlint.registry.cache import prepared

TARGETS = {"hover": 0.050, "change": 0.300}
SERVER = [sys.executable, "-c", "from factlint.cli import run; run()", "lsp"]


def two_thousand_words() -> str:
    text = (ROOT / "examples/draft.md").read_text(encoding="utf-8")
    body = text.split("---", 2)[2]  # the front matter once, at the top
    out = text
    while len(out.split()) < 2000:
        out += "\n" + body
    return out


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def p95(xs: list[float]) -> float:
    return sorted(xs)[int(len(xs) * 0.95) - 1]


class Session:
    def __init__(self) -> None:
        self.client = LanguageClient("factlint-bench", "1")
        self.versions: dict[int, asyncio.Future[float]] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(params: types.PublishDiagnosticsParams) -> None:
            future = self.versions.get(params.version or 0)
            if future is not None and not future.done():
                future.set_result(time.perf_counter())

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def _register(params: types.RegistrationParams) -> None:
            return None

    def expect(self, version: int) -> asyncio.Future[float]:
        self.versions[version] = asyncio.get_running_loop().create_future()
        return self.versions[version]


async def bench(edits: int, hovers: int) -> None:
    text = two_thousand_words()
    s = Session()
    await s.client.start_io(*SERVER, cwd=ROOT)
    pid = s.client._server.pid  # the server process, for its memory
    await s.client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(),
                                                           root_uri=ROOT.as_uri(), process_id=os.getpid()))
    s.client.initialized(types.InitializedParams())
    uri = (ROOT / "bench-draft.md").as_uri()
    opened = s.expect(1)
    s.client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
        uri=uri, language_id="markdown", version=1, text=text)))
    await asyncio.wait_for(opened, 120)

    lines = text.split("\n")
    targets = [(n, line.index("$")) for n, line in enumerate(lines) if "$" in line]
    hover_times = []
    for i in range(hovers):
        line, col = targets[i % len(targets)]
        start = time.perf_counter()
        answer = await s.client.text_document_hover_async(types.HoverParams(
            types.TextDocumentIdentifier(uri), types.Position(line, col + 1)))
        hover_times.append(time.perf_counter() - start)
        assert answer is not None, (line, col)

    version = 1

    def change(i: int) -> tuple[asyncio.Future[float], float]:
        nonlocal version
        version += 1
        edited = text.replace("Every chatbot answer", f"Every chatbot answer ({i})", 1)
        done = s.expect(version)
        start = time.perf_counter()
        s.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=edited)]))
        return done, start

    change_times, burst_times, memory = [], [], []
    for i in range(edits):
        await asyncio.sleep(DEBOUNCE)  # a quiet spell: the writer paused before this edit
        done, start = change(i)
        change_times.append(await asyncio.wait_for(done, 120) - start)
        if i == 0 or (i + 1) % max(1, edits // 10) == 0:
            memory.append((i + 1, rss_mb(pid)))
    for i in range(min(edits, 30)):
        await asyncio.sleep(DEBOUNCE)
        for k in range(5):
            done, start = change(edits + 5 * i + k)
        burst_times.append(await asyncio.wait_for(done, 120) - start)
    await s.client.shutdown_async(None)
    s.client.exit(None)
    await s.client.stop()

    engine = prepared(ROOT / "claims", ROOT)
    check_draft(text, engine, path="d.md", explain=True)
    bare = []
    for _ in range(10):
        start = time.perf_counter()
        check_draft(text, engine, path="d.md", explain=True)
        bare.append(time.perf_counter() - start)

    print(f"draft: {len(text.split())} words, {len(targets)} hover targets; debounce {DEBOUNCE * 1000:.0f} ms")
    print(f"{'measure':<44}{'median':>10}{'p95':>10}{'target':>10}")
    print(f"{'hover (request to answer)':<44}{median(hover_times) * 1000:>8.1f}ms{p95(hover_times) * 1000:>8.1f}ms"
          f"{'< 50 ms':>10}")
    print(f"{'didChange to publishDiagnostics, one edit':<44}{median(change_times) * 1000:>8.1f}ms"
          f"{p95(change_times) * 1000:>8.1f}ms{'< 300 ms':>10}")
    print(f"{'the same, last edit of a burst of five':<44}{median(burst_times) * 1000:>8.1f}ms"
          f"{p95(burst_times) * 1000:>8.1f}ms{'< 300 ms':>10}")
    print(f"{'baseline: check_draft in process':<44}{median(bare) * 1000:>8.1f}ms{max(bare) * 1000:>8.1f}ms")
    print(f"{'baseline: check_draft + debounce':<44}{(median(bare) + DEBOUNCE) * 1000:>8.1f}ms")
    print("server RSS over edits: " + ", ".join(f"{n}: {mb:.1f} MB" for n, mb in memory))
    if len(memory) > 1:
        print(f"RSS growth from edit {memory[0][0]} to {memory[-1][0]}: {memory[-1][1] - memory[0][1]:+.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--hovers", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(bench(args.edits, args.hovers))


if __name__ == "__main__":
    main()
