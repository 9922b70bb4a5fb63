"""Marked content while reportlab draws: what each piece of a page is, in reading order.

reportlab writes no structure. As the frames draw each flowable, the operators it wrote are
enclosed in a marked-content sequence with an MCID (`/P <</MCID 3>> BDC ... EMC`), and the
recorder notes which structure element (heading, paragraph, list item, table cell, figure) the
MCID belongs to. Headers, footers, table backgrounds and rules are enclosed as `/Artifact`.
Afterwards pdf_structure.py writes the structure tree from the recorder. Content that draws
nothing gets no MCID, so no element points at an empty sequence.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, Frame, Paragraph, Table

# A flowable's place in the tree: the containers above it, as (role, key) from the top, and the
# role of the element holding its own content. Equal keys are one element (a list, an item).
PathStep = tuple[str, object]


@dataclass(eq=False)
class StructNode:
    """One structure element; ``kids`` are elements or marked content as (page index, MCID)."""

    role: str
    alt: str | None = None
    scope: str | None = None  # "Column" or "Row" for TH
    kids: list[StructNode | tuple[int, int]] = field(default_factory=list)


class StructRecorder:
    """Collects the structure tree while the document is drawn; does nothing when not ``enabled``."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.root = StructNode("Document")
        self._containers: dict[object, StructNode] = {}
        self._next_mcid: dict[int, int] = {}
        self.toc = object()  # the key of the table of contents element

    def __deepcopy__(self, memo: dict[int, Any]) -> StructRecorder:
        # reportlab deep-copies the current frame each time it measures a KeepTogether: the
        # copies must share this recorder (copying the growing tree made a report quadratic)
        return self

    # --- the tree -------------------------------------------------------------------------

    def container(self, path: tuple[PathStep, ...]) -> StructNode:
        """The element at the end of ``path``, made (in reading order) the first time it is asked for."""
        parent = self.root
        for role, key in path:
            node = self._containers.get(key)
            if node is None:
                node = self._containers[key] = StructNode(role)
                parent.kids.append(node)
            parent = node
        return parent

    def _mcid(self, page: int) -> int:
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        return mcid

    # --- marking --------------------------------------------------------------------------

    def close_content(self, canv: Any, start: int, node: StructNode) -> bool:
        """Enclose what was drawn since ``start`` as content of ``node``; False when nothing was."""
        code: list[str] = canv._code
        if not self.enabled or len(code) == start:
            return False
        page = canv.getPageNumber() - 1
        mcid = self._mcid(page)
        code.insert(start, f"/{node.role} <</MCID {mcid}>> BDC")
        code.append("EMC")
        node.kids.append((page, mcid))
        return True

    def close_artifact(self, canv: Any, start: int, kind: str = "Layout") -> None:
        code: list[str] = canv._code
        if not self.enabled or len(code) == start:
            return
        code.insert(start, f"/Artifact <</Type /{kind}>> BDC")
        code.append("EMC")

    @contextmanager
    def artifact(self, canv: Any, kind: str = "Layout") -> Iterator[None]:
        """Whatever is drawn in the block is decoration (a header, a rule, a background)."""
        start = len(canv._code)
        yield
        self.close_artifact(canv, start, kind)

    @contextmanager
    def content(
        self, canv: Any, role: str, path: tuple[PathStep, ...] = (), alt: str | None = None
    ) -> Iterator[None]:
        """Whatever is drawn in the block is one element ``role`` under ``path``."""
        start = len(canv._code)
        yield
        if self.enabled and len(canv._code) > start:
            node = StructNode(role, alt=alt)
            self.container(path).kids.append(node)
            self.close_content(canv, start, node)

    # --- flowables ------------------------------------------------------------------------

    def close_flowable(self, canv: Any, start: int, flowable: Flowable) -> None:
        """Enclose the flowable just drawn, as its role says (see ``role_of``)."""
        if not self.enabled or len(canv._code) == start:
            return
        role, path, alt = role_of(flowable, self)
        if role == "Artifact":
            self.close_artifact(canv, start)
            return
        shared = getattr(flowable, "_struct_leaf", None)  # the parts of one split paragraph
        node = self._containers.get(shared) if shared is not None else None
        if node is None:
            node = StructNode(role, alt=alt)
            self.container(path).kids.append(node)
            if shared is not None:
                self._containers[shared] = node
        self.close_content(canv, start, node)

    def attach_table(self, table: Table) -> None:
        """Tag the table's cells as TH/TD as it draws (reportlab's render callback, kept by splits)."""
        if self.enabled and not isinstance(getattr(table, "_renderCB", None), TableTagger):
            table._renderCB = TableTagger(self, getattr(table, "struct_path", ()), table)


def role_of(flowable: Flowable, recorder: StructRecorder) -> tuple[str, tuple[PathStep, ...], str | None]:
    """(role, containers, alternative text) of a flowable drawn by a frame."""
    from .contents import ContentsBlock
    from .layout import Heading

    path: tuple[PathStep, ...] = getattr(flowable, "struct_path", ())
    alt = getattr(flowable, "alt_text", None)
    role = getattr(flowable, "struct_role", None)
    if role:
        return role, path, alt
    if isinstance(flowable, Heading):
        return ("H1" if flowable.level == 0 else "H2"), path, None
    if isinstance(flowable, ContentsBlock):
        return "TOCI", (("TOC", recorder.toc),), None
    if alt:
        return "Figure", path, alt
    if isinstance(flowable, Paragraph):
        style = flowable.style.name.removesuffix("-shaped")
        return _HEADING_STYLES.get(style, "P"), path, None
    return "Artifact", path, None


# paragraphs in these styles are headings though they are no Heading (no TOC entry)
_HEADING_STYLES = {"title": "H1", "cover_title": "H1", "h1": "H1", "h2": "H2"}


def tag(flowable: Flowable, *path: PathStep, role: str | None = None, alt: str | None = None) -> Flowable:
    """Give ``flowable`` its place in the structure tree (containers, own role, alternative text)."""
    flowable.struct_path = tuple(path)  # type: ignore[attr-defined]
    if role:
        flowable.struct_role = role  # type: ignore[attr-defined]
    if alt:
        flowable.alt_text = alt  # type: ignore[attr-defined]
    return flowable


def list_item(flowables: list[Flowable], list_key: object, item_key: object | None = None) -> list[Flowable]:
    """``flowables`` as the body of one item of the list ``list_key`` (L > LI > LBody > P)."""
    item = item_key if item_key is not None else object()
    for flowable in flowables:
        tag(flowable, ("L", list_key), ("LI", item), ("LBody", (item, "body")))
    return flowables


class TableTagger:
    """reportlab's table render callback: cells as TH/TD in TRs, backgrounds and rules as artifacts.

    Rows repeated at the top of a continued table are artifacts: their cells are in the tree once.
    """

    def __init__(self, recorder: StructRecorder, path: tuple[PathStep, ...], table: Table) -> None:
        self.recorder = recorder
        self.path = path
        self.key = object()
        self.header_rows = int(table.repeatRows) if isinstance(table.repeatRows, int) else 0
        self.header_cols = int(getattr(table, "header_cols", 0))
        self.parts = 0
        self.start = 0
        self.row: StructNode | None = None
        self.repeated = False
        self.cell_role = "TD"
        self.scope = "Column"

    def __call__(self, table: Table, cmd: str, *args: Any) -> None:
        canv = table.canv
        rec = self.recorder
        if cmd == "startTable":
            self.parts += 1
        elif cmd in ("startBG", "startLines", "startCell"):
            self.start = len(canv._code)
            if cmd == "startCell":
                row, col = args[0], args[1]
                header = (self.parts == 1 and row < self.header_rows) or col < self.header_cols
                self.cell_role = "TH" if header else "TD"
                self.scope = "Column" if row < self.header_rows else "Row"
        elif cmd in ("endBG", "endLines"):
            rec.close_artifact(canv, self.start)
        elif cmd == "startRow":
            self.repeated = self.parts > 1 and args[0] < int(table.repeatRows or 0)
            self.row = None
        elif cmd == "endCell":
            if self.repeated:
                rec.close_artifact(canv, self.start, "Pagination")
                return
            if self.row is None:
                self.row = StructNode("TR")
                rec.container((*self.path, ("Table", self.key))).kids.append(self.row)
            cell = StructNode(self.cell_role, scope=self.scope if self.cell_role == "TH" else None)
            self.row.kids.append(cell)
            rec.close_content(canv, self.start, cell)


class TaggedFrame(Frame):
    """A frame that tells the recorder what each flowable it draws is."""

    def __init__(self, recorder: StructRecorder, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.recorder = recorder

    def __deepcopy__(self, memo: dict[int, Any]) -> TaggedFrame:
        # reportlab deep-copies the frame each time it measures a KeepTogether (1,030 times in the
        # held-out report): its state is numbers, the shared recorder and lists a measure may add
        # to, so a copy with its own lists is the same and ten times cheaper (#17)
        twin = copy.copy(self)
        for name, value in self.__dict__.items():
            if isinstance(value, list | dict):
                setattr(twin, name, copy.copy(value))
        memo[id(self)] = twin
        return twin

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:  # noqa: N803 (reportlab's name)
        rec = self.recorder
        if not rec.enabled:
            return Frame._add(self, flowable, canv, trySplit)
        if isinstance(flowable, Table):
            rec.attach_table(flowable)
            return Frame._add(self, flowable, canv, trySplit)
        start = len(canv._code)
        done = Frame._add(self, flowable, canv, trySplit)
        if done:
            rec.close_flowable(canv, start, flowable)
        return done

    add = _add

    def split(self, flowable: Flowable, canv: Any) -> list[Flowable]:
        rec = self.recorder
        if rec.enabled and isinstance(flowable, Table):
            rec.attach_table(flowable)
        parts: list[Flowable] = Frame.split(self, flowable, canv)
        if rec.enabled and isinstance(flowable, Paragraph):
            # one paragraph over two pages is one P: its parts share the element
            shared = getattr(flowable, "_struct_leaf", None) or object()
            for part in parts:
                if isinstance(part, Paragraph):
                    part._struct_leaf = shared  # type: ignore[attr-defined]
                    for name in ("struct_path", "struct_role", "alt_text"):
                        if hasattr(flowable, name):
                            setattr(part, name, getattr(flowable, name))
        return parts
