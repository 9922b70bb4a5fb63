"""Reading a tagged PDF back with pikepdf: its structure tree and what each page marks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf

# operators that put marks on the page (text, paths, images, shadings, forms)
PAINTING = {
    "Tj",
    "TJ",
    "'",
    '"',
    "Do",
    "f",
    "F",
    "f*",
    "S",
    "s",
    "B",
    "B*",
    "b",
    "b*",
    "sh",
    "BI",
    "INLINE IMAGE",
}


@dataclass
class Element:
    role: str
    alt: str | None
    scope: str | None
    kids: list[Element] = field(default_factory=list)
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID)
    objects: int = 0  # annotations (OBJR)

    def walk(self):
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def text_roles(self) -> list[str]:
        return [e.role for e in self.walk()]


@dataclass
class PageMarks:
    mcids: set[int]
    unmarked: list[str]  # painting operators outside any marked content
    artifacts: int


def structure(pdf: pikepdf.Pdf) -> Element:
    """The structure tree from the StructTreeRoot down."""
    pages = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    root = pdf.Root.StructTreeRoot
    top = Element("StructTreeRoot", None, None)
    kids = root.K if isinstance(root.K, pikepdf.Array) else [root.K]
    for kid in kids:
        top.kids.append(_element(kid, pages))
    return top


def _element(obj: Any, pages: dict[tuple[int, int], int]) -> Element:
    attrs = obj.get("/A")
    element = Element(
        str(obj.S)[1:],
        str(obj.Alt) if "/Alt" in obj else None,
        str(attrs.Scope)[1:] if attrs is not None and "/Scope" in attrs else None,
    )
    page = pages.get(obj.Pg.objgen) if "/Pg" in obj else None
    kids = obj.get("/K", pikepdf.Array())
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for kid in kids:
        if isinstance(kid, int):
            element.mcids.append((page, int(kid)))
        elif kid.get("/Type") == pikepdf.Name.MCR:
            element.mcids.append((pages[kid.Pg.objgen], int(kid.MCID)))
        elif kid.get("/Type") == pikepdf.Name.OBJR:
            element.objects += 1
        else:
            element.kids.append(_element(kid, pages))
    return element


def page_marks(page: pikepdf.Page) -> PageMarks:
    """The MCIDs a page's content uses, and any painting done outside marked content."""
    depth = 0
    mcids: set[int] = set()
    unmarked: list[str] = []
    artifacts = 0
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            depth += 1
            if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                mcids.add(int(operands[1].MCID))
            if str(operands[0]) == "/Artifact":
                artifacts += 1
        elif op == "EMC":
            depth -= 1
        elif op in PAINTING and depth == 0:
            unmarked.append(op)
    return PageMarks(mcids, unmarked, artifacts)


def open_pdf(path: Path) -> pikepdf.Pdf:
    return pikepdf.open(path)
