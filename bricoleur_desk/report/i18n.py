"""The report's own words in Dutch and English, independent of the UI language."""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("nl", "en")

_TEXTS: dict[str, tuple[str, str]] = {
    "report": ("Verslag bewonersavond", "Report of the resident evening"),
    "internal_banner": ("INTERN - niet verspreiden", "INTERNAL - do not distribute"),
    "public_banner": ("Voor bewoners en betrokkenen", "For residents and everyone involved"),
    "dossier": ("Dossier", "Dossier"),
    "date": ("Datum", "Date"),
    "venue": ("Locatie", "Venue"),
    "contents": ("Inhoud", "Contents"),
    "page_of": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "summary": ("Samenvatting", "Summary"),
    "question_frame": ("De vraag en de kaders", "The question and the frame"),
    "question": ("De vraag van deze avond", "The question of this evening"),
    "frame_open": ("Hierover kon u meepraten", "Open for discussion"),
    "frame_fixed": ("Dit lag al vast, en waarom", "Already fixed, and why"),
    "nothing_listed": ("Niets vastgelegd.", "Nothing recorded."),
    "agenda": ("Programma", "Agenda"),
    "agenda_time": ("Tijd", "Time"),
    "agenda_item": ("Onderdeel", "Item"),
    "agenda_minutes": ("Duur", "Length"),
    "minutes": ("{n} min", "{n} min"),
    "attendance": ("Aanwezigen", "Attendance"),
    "attendance_total": ("Er waren {n} mensen aanwezig.", "{n} people attended."),
    "attendance_unknown": ("Het aantal aanwezigen is niet bijgehouden.", "Attendance was not counted."),
    "group": ("Groep", "Group"),
    "count": ("Aantal", "Number"),
    "contact_list": (
        "Deelnemers die toestemming gaven om benaderd te worden",
        "Participants who consented to be contacted",
    ),
    "name": ("Naam", "Name"),
    "email": ("E-mail", "Email"),
    "phone": ("Telefoon", "Phone"),
    "no_contacts": ("Niemand gaf toestemming.", "Nobody gave consent."),
    "notes": ("Wat er is ingebracht", "What was raised"),
    "notes_intro": (
        "Alle zorgen en vragen, in de eigen woorden van de deelnemers, per thema. "
        "De nummers zijn dezelfde als op de avond.",
        "Every concern and question, in the participants' own words, by theme. "
        "The numbers are the same as on the evening.",
    ),
    "no_theme": ("Overig", "Other"),
    "no_notes": ("Er is niets ingebracht.", "Nothing was raised."),
    "kind_concern": ("zorg", "concern"),
    "kind_question": ("vraag", "question"),
    "kind_idea": ("idee", "idea"),
    "raised_by_group": ("ingebracht door: {group}", "raised by: {group}"),
    "status_open": ("Nog niet besproken.", "Not yet discussed."),
    "status_answered": ("Beantwoord: {answer}", "Answered: {answer}"),
    "status_answered_plain": ("Beantwoord op de avond.", "Answered on the evening."),
    "status_investigate": (
        "Dit zoeken we uit: zie toezegging {promise}.",
        "We will find out: see promise {promise}.",
    ),
    "status_investigate_plain": ("Dit zoeken we uit.", "We will find out."),
    "status_out_of_frame": ("Valt buiten de kaders, omdat {why}", "Outside the frame, because {why}"),
    "status_out_of_frame_plain": ("Valt buiten de kaders.", "Outside the frame."),
    "status_merged": ("Samengevoegd met {number}.", "Merged into {number}."),
    "internal_remark": ("Interne opmerking: {remark}", "Internal remark: {remark}"),
    "raised_by_person": ("Ingebracht door (intern): {name}", "Raised by (internal): {name}"),
    "ideas": ("Ideeën en alternatieven", "Ideas and alternatives"),
    "no_ideas": ("Er zijn geen ideeën genoteerd.", "No ideas were recorded."),
    "votes": ("Wat vond men het belangrijkst", "What mattered most"),
    "votes_intro": (
        "Het aantal stemmen (handopsteken of stickers) per punt.",
        "The number of votes (show of hands or dots) per point.",
    ),
    "votes_col": ("Stemmen", "Votes"),
    "note_col": ("Punt", "Point"),
    "no_votes": ("Er is niet gestemd.", "No votes were cast."),
    "sketches": ("Schetsen", "Sketches"),
    "sheets_shown": ("Getoonde vellen: {names}", "Sheets shown: {names}"),
    "pins": ("Spelden", "Pins"),
    "stickies": ("Plakbriefjes", "Sticky notes"),
    "labels": ("Teksten op de schets", "Labels on the sketch"),
    "no_sketches": ("Er zijn geen schetsen gemaakt.", "No sketches were made."),
    "promises": ("Toezeggingen", "Promises"),
    "promises_intro": (
        "Wat de gemeente heeft toegezegd, wie het oppakt en wanneer.",
        "What the municipality promised, who takes it on and by when.",
    ),
    "no_promises_tonight": (
        "Op deze avond zijn geen nieuwe toezeggingen gedaan.",
        "No new promises were made this evening.",
    ),
    "earlier_promises": ("Wat er met eerdere toezeggingen gebeurde", "What became of earlier promises"),
    "earlier_promises_intro": (
        "Alle toezeggingen van eerdere avonden, met hoe het ermee staat: gedaan, vervallen (en waarom) "
        "of nog open, met het laatste nieuws.",
        "Every promise of earlier evenings and where it stands: done, dropped (and why) or still "
        "open, with the latest news.",
    ),
    "promise_what": ("Wat", "What"),
    "promise_who": ("Wie", "Who"),
    "promise_due": ("Wanneer", "By when"),
    "promise_status": ("Status", "Status"),
    "promise_open": ("open", "open"),
    "promise_done": ("gedaan", "done"),
    "promise_dropped": ("vervallen", "dropped"),
    "promise_earlier": ("van {date}", "from {date}"),
    "promise_notes": ("bij punt {numbers}", "about point {numbers}"),
    "no_promises": ("Er zijn geen toezeggingen gedaan.", "No promises were made."),
    "left_out": (
        "[… nog {n} tekens niet afgedrukt; de hele tekst staat in het dossier]",
        "[… {n} more characters left out; the whole text is in the dossier]",
    ),
    "no_due": ("nog niet bekend", "not yet known"),
    "owner_contact": ("Contactgegevens eigenaren (intern)", "Owners' contact details (internal)"),
    "evaluation": ("Evaluatie", "Evaluation"),
    "evaluation_intro": (
        "Wat vond u van de avond? (1 = slecht, 5 = heel goed)",
        "What did you think of the evening? (1 = poor, 5 = very good)",
    ),
    "evaluation_average": (
        "Gemiddeld cijfer {avg} uit {n} reacties.",
        "Average score {avg} from {n} responses.",
    ),
    "evaluation_none": ("Er is geen evaluatie ingevuld.", "No evaluation was filled in."),
    "remarks": ("Opmerkingen", "Remarks"),
    "next": ("Hoe verder", "What happens next"),
    "stay_in_touch": ("Contact", "Stay in touch"),
    "no_next": (
        "Wij houden u op de hoogte van de volgende stappen.",
        "We will keep you informed about the next steps.",
    ),
    "subject": ("Verslag van {title}", "Report of {title}"),
    "default_municipality": ("Gemeente", "Municipality"),
}

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}
_WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}


class ReportTexts:
    """Look up the report's words in one language: ``texts("page_of", page=3, pages=12)``."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown report language {lang!r} (use one of {', '.join(LANGUAGES)})")
        self.lang = lang
        self._index = LANGUAGES.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        text = _TEXTS[key][self._index]
        return text.format(**values) if values else text

    def day(self, value: date) -> str:
        """'24 november 2026' / '24 November 2026'."""
        month = _MONTHS[self.lang].split()[value.month - 1]
        return f"{value.day} {month} {value.year}"

    def moment(self, value: datetime) -> str:
        """'dinsdag 24 november 2026, 19:30'."""
        weekday = _WEEKDAYS[self.lang].split()[value.weekday()]
        return f"{weekday} {self.day(value)}, {value:%H:%M}"
