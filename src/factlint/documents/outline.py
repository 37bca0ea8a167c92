"""The outline a Markdown document builds as it is read: the headings in force and each list's lead-in.

Carried from one window of the document to the next, so a heading stays in force across a window's end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factlint.documents.passage import Surroundings


@dataclass(slots=True)
class Outline:
    """Headings by level, the last block read (a list's lead-in), and the lead-in of each open list."""

    headings: list[str] = field(default_factory=lambda: [""] * 6)
    last_block: str = ""
    last_titled: bool = False  # the last block is a heading, or a paragraph set wholly in bold
    leads: list[str] = field(default_factory=list)
    titled: list[bool] = field(default_factory=list)  # whether each open list's lead-in is titled so

    def heading(self, level: int, text: str) -> None:
        """A heading of `level` (1-6) replaces the one of its level and closes every deeper one."""
        self.headings[level - 1:] = [text] + [""] * (6 - level)
        self.last_block, self.last_titled = text, True

    def open_list(self) -> None:
        self.leads.append(self.last_block)
        self.titled.append(self.last_titled)

    def close_list(self) -> None:
        if self.leads:
            self.leads.pop()
            self.titled.pop()

    def block(self, text: str, titled: bool = False) -> None:
        """A paragraph read outside any list (`titled`: set wholly in bold): the lead-in of a list that may follow."""
        if not self.leads:
            self.last_block, self.last_titled = text, titled

    def where_heading(self, level: int) -> Surroundings:
        """The surroundings of a heading of `level` read now: the headings above its level."""
        return Surroundings("heading", tuple(h for h in self.headings[:level - 1] if h))

    def where(self, kind: str) -> Surroundings:
        """The surroundings of a passage of `kind` read now."""
        heads = tuple(h for h in self.headings if h)
        lead = self.leads[-1] if self.leads and kind in ("list_item", "paragraph") else ""
        # A table's caption: the paragraph or heading just before it (its units, not its words, are the cells').
        caption = self.last_block if kind == "table_cell" and not self.leads else ""
        return Surroundings(kind="list_item" if lead or (self.leads and kind == "paragraph") else kind,
                            headings=heads, lead=lead, caption=caption,
                            lead_titled=bool(lead) and self.titled[-1])
