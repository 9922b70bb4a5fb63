"""The structure tree written into the finished PDF (pikepdf): what makes it a tagged PDF/UA-1 file.

reportlab writes the pages with marked content (tagging.py); this adds what reportlab cannot:
the StructTreeRoot with its ParentTree, each page's /StructParents and tab order, Link elements
for the contents' links, /MarkInfo, /Lang, the title shown as the window title, and the XMP
metadata that names PDF/UA-1. Only the catalog and new objects change: page streams are copied.
"""

from __future__ import annotations

import io
import warnings
from typing import Any, BinaryIO

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from .tagging import StructNode, StructRecorder

# PDF/UA asks for a language tag: the region too, where the report has one
LANG_TAGS = {"nl": "nl-NL", "en": "en"}


def write_tagged(
    pdf_bytes: bytes,
    target: str | BinaryIO,
    recorder: StructRecorder,
    *,
    title: str,
    lang: str,
    link_texts: list[str] | None = None,
) -> None:
    """Add the structure tree recorded in ``recorder`` to ``pdf_bytes`` and write it to ``target``.

    ``link_texts`` say where the page's links lead, in the order the links were made.
    """
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        _StructureWriter(pdf, link_texts or []).write(recorder.root)
        root = pdf.Root
        root.MarkInfo = Dictionary(Marked=True)
        root.Lang = String(LANG_TAGS.get(lang, lang))
        prefs = root.get("/ViewerPreferences", Dictionary())
        prefs.DisplayDocTitle = True
        root.ViewerPreferences = prefs
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            with warnings.catch_warnings():  # /Trapped has no XMP twin: it stays in the info dict
                warnings.filterwarnings("ignore", "The metadata field /Trapped", UserWarning)
                meta.load_from_docinfo(pdf.docinfo)  # author, subject, keywords, dates: kept in both
            meta["dc:title"] = title
            meta["pdfuaid:part"] = "1"
        # object streams: the few thousand small structure objects compressed together (a report
        # of 1,000 notes: 0.6 MB less than without them, and quicker to write)
        if isinstance(target, str):
            # into the file the caller made (a private temporary): pikepdf's save to a path
            # writes a temporary of its own beside it, which a killed export would leave behind
            with open(target, "wb") as out:
                pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        else:
            pdf.save(target, object_stream_mode=pikepdf.ObjectStreamMode.generate)


class _StructureWriter:
    def __init__(self, pdf: pikepdf.Pdf, link_texts: list[str]) -> None:
        self.pdf = pdf
        self.pages = [page.obj for page in pdf.pages]
        self.by_mcid: dict[int, list[Any]] = {i: [] for i in range(len(self.pages))}
        self.objects: dict[int, Any] = {}  # ParentTree keys past the pages: annotations
        self.link_texts = link_texts
        self.containers_by_page: dict[int, Any] = {}  # where a page's links go: its TOC entry

    def write(self, document: StructNode) -> None:
        pdf = self.pdf
        tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        top = self._element(document, tree_root)
        self._links(top)
        nums = Array()
        for page, elements in self.by_mcid.items():
            nums.append(page)
            nums.append(pdf.make_indirect(Array(elements)))
        for key, element in sorted(self.objects.items()):
            nums.append(key)
            nums.append(element)
        tree_root.K = top
        tree_root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
        tree_root.ParentTreeNextKey = len(self.pages) + len(self.objects)
        for index, page in enumerate(self.pages):
            page.StructParents = index
            page.Tabs = Name.S  # tab order follows the structure (PDF/UA for pages with links)
        pdf.Root.StructTreeRoot = tree_root

    def _element(self, node: StructNode, parent: Any) -> Any:
        element = self.pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.role), P=parent))
        kids = Array()
        first_page: int | None = None
        for kid in node.kids:
            if isinstance(kid, StructNode):
                kids.append(self._element(kid, element))
                continue
            page, mcid = kid
            if first_page is None:
                first_page = page
                element.Pg = self.pages[page]
            if page == first_page:
                kids.append(mcid)
            else:
                kids.append(Dictionary(Type=Name.MCR, Pg=self.pages[page], MCID=mcid))
            slots = self.by_mcid[page]
            slots.extend([None] * (mcid + 1 - len(slots)))
            slots[mcid] = element
            if node.role == "TOCI":
                self.containers_by_page.setdefault(page, element)
        element.K = kids
        if node.alt:
            element.Alt = String(node.alt)
        if node.scope:
            element.A = Dictionary(O=Name.Table, Scope=Name("/" + node.scope))
        return element

    def _links(self, document: Any) -> None:
        """Each link annotation as a Link element (OBJR) in the element its page's links belong to."""
        key = len(self.pages)
        links = [
            a for page in self.pages for a in page.get("/Annots", Array()) if a.get("/Subtype") == Name.Link
        ]
        texts = self.link_texts if len(self.link_texts) == len(links) else [""] * len(links)
        text_of = {annot.objgen: text for annot, text in zip(links, texts, strict=True)}
        for index, page in enumerate(self.pages):
            for annot in page.get("/Annots", Array()):
                if annot.get("/Subtype") != Name.Link:
                    continue
                parent = self.containers_by_page.get(index, document)
                link = self.pdf.make_indirect(
                    Dictionary(
                        Type=Name.StructElem,
                        S=Name.Link,
                        P=parent,
                        Pg=page,
                        K=Array([Dictionary(Type=Name.OBJR, Obj=annot, Pg=page)]),
                    )
                )
                title = text_of.get(annot.objgen, "")
                if title:
                    annot.Contents = String(title)
                    link.Alt = String(title)
                annot.StructParent = key
                self.objects[key] = link
                parent.K.append(link)
                key += 1
