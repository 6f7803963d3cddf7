"""Quotation marks of every style, paired in one linear pass.

Pairs: „…“ „…” »…« «…» “…” "…" ''…'' ‚…‘ ‘…’ '…' (two apostrophes are the double mark
of newswire text converted to ASCII: ''We will win,'' he said). A quotation never crosses a line break, and
a second opening mark of a kind that is already open abandons the first: an unbalanced mark
therefore loses only its own stretch of text, never the rest of the article, and hostile
input (an unclosed „ repeated 10,000 times) stays linear.

One exception to the line rule is the printers' convention for a quotation running over
several paragraphs: each paragraph opens with the mark, only the last one closes it. A
top-level quotation still open at a paragraph's end, with the next paragraph opening with the
same mark, is kept (up to the paragraph's end, ``closed=False``) and the next part carries
``continues`` = the index of the part before it, so the statements stage can join the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the marks that close it
CLOSERS: dict[str, str] = {
    "„": "“”\"",
    "“": "”\"",
    "»": "«",
    "«": "»",
    "\"": "\"”",  # (web text mixes straight and typographic marks: "…”)
    "‚": "‘’",
    "‘": "’",
    "'": "'",
    "''": "''",
}
_MARKS = re.compile(r"''|[„“”»«\"‚‘’'\n]")
_SINGLE = frozenset("‚‘’'")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark (or at the paragraph's end when not closed)
    level: int  # 0 for a top-level quotation, 1 for one nested inside another
    closed: bool = True
    continues: int | None = None  # index (in the sorted list) of the paragraph part before this one
    mark: int = 1  # characters in each quotation mark: 2 for ''…''

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + self.mark, self.end - self.mark if self.closed else self.end


def _alnum(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def _next_paragraph_opens_with(text: str, i: int, mark: str) -> int | None:
    """Where the paragraph after the line break at i starts, if it opens with ``mark``."""
    j = i
    n = len(text)
    while j < n and text[j].isspace():
        j += 1
    return j if j < n and text.startswith(mark, j) and "\n" in text[i:j + 1] else None


def find_quotes(text: str) -> list[Quote]:
    stack: list[tuple[str, int]] = []
    out: list[Quote] = []
    carried: int | None = None  # the open part the next paragraph's opening mark continues
    carried_at = -1  # where that next paragraph's opening mark is
    for m in _MARKS.finditer(text):
        ch = m.group()
        i = m.start()
        if ch == "\n":
            if len(stack) == 1 and i > 0 and text[i - 1] != "\n" and stack[0][0] not in _SINGLE:
                opener, pos = stack[0]
                nxt = _next_paragraph_opens_with(text, i, opener)
                end = i
                while end > pos and text[end - 1].isspace():
                    end -= 1
                if nxt is not None and end - pos > 1:
                    out.append(Quote(pos, end, 0, closed=False, continues=carried, mark=len(opener)))
                    carried = len(out) - 1
                    stack.clear()
                    continue
            # a carried part waits for the next paragraph's opening mark (below)
            stack.clear()
            continue
        before, after = _alnum(text, i - 1), _alnum(text, i + 1)
        if ch in _SINGLE and before and after:
            continue  # an apostrophe inside a word: don't, Clinton’s
        # close the innermost open quotation this mark can close
        closed = False
        for depth in range(len(stack) - 1, -1, -1):
            opener, pos = stack[depth]
            fits = ch == opener if "''" in (ch, opener) else ch in CLOSERS[opener]
            if fits and not (ch in _SINGLE and not before and after):
                if i - pos > len(opener):
                    cont = carried if depth == 0 and carried is not None and pos == carried_at else None
                    out.append(Quote(pos, i + len(ch), depth, continues=cont, mark=len(ch)))
                    if cont is not None:
                        carried = None
                del stack[depth:]
                closed = True
                break
        if closed or ch not in CLOSERS:
            continue
        if ch in _SINGLE and (before or not after) and ch != "‚":
            continue  # a single mark that cannot open here is an apostrophe
        for depth, (opener, _) in enumerate(stack):
            if opener == ch:
                del stack[depth:]  # the earlier one was never closed
                break
        if carried is not None and not stack:
            if text.startswith(ch, out[carried].start) and ch == text[out[carried].start:out[carried].start + len(ch)] \
                    and _paragraph_start(text, i):
                carried_at = i
            else:
                carried = None  # the next paragraph opened otherwise: the chain is over
        stack.append((ch, i))
    # parts are appended in text order except nested quotations closing before their parent;
    # sort and renumber the links
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    new_index = {old: new for new, old in enumerate(order)}
    return [q if q.continues is None else Quote(q.start, q.end, q.level, q.closed, new_index[q.continues], q.mark)
            for q in (out[k] for k in order)]


def _paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return j < 0 or text[j] == "\n"
