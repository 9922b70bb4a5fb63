"""The report's own words in Dutch and English, independent of the UI language."""

from __future__ import annotations

from datetime import date, datetime

from ..domain import evaluation_scale as scale

LANGUAGES = ("nl", "en")

_TEXTS: dict[str, tuple[str, str]] = {
    "report": ("Verslag bewonersavond", "Report of the resident evening"),
    "internal_banner": ("INTERN - niet verspreiden", "INTERNAL - do not distribute"),
    "public_banner": ("Voor bewoners en betrokkenen", "For residents and everyone involved"),
    "date": ("Datum", "Date"),
    "venue": ("Locatie", "Venue"),
    "area": ("Gebied", "Area"),
    "contents": ("Inhoud", "Contents"),
    "page_of": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "summary": ("Samenvatting", "Summary"),
    "introduction": ("Inleiding", "Introduction"),
    "background": ("Achtergrond van het plan", "Background of the plan"),
    "history": ("Wat eraan voorafging", "What came before"),
    "earlier_evenings": ("Eerdere avonden", "Earlier evenings"),
    "stakeholders": ("Wie er belang bij hebben", "Who has a stake"),
    "stakeholder": ("Groep of organisatie", "Group or organisation"),
    "stake": ("Wat er voor hen speelt", "What is at stake for them"),
    "spokesperson": ("Woordvoerder (intern)", "Spokesperson (internal)"),
    "expected_absent": (
        "Verwacht maar niet gekomen: {groups}.", "Expected but absent: {groups}."
    ),
    "expected_all_came": ("Alle verwachte groepen waren er.", "Every expected group came."),
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
    # a key ending in "_one" is the singular of the key without it (ReportTexts.count)
    "attendance_total": ("Er waren {n} mensen aanwezig.", "{n} people attended."),
    "attendance_total_one": ("Er was 1 persoon aanwezig.", "1 person attended."),
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
    # the reason follows a colon, or a comma when it starts with "omdat", "want" ... (reasons.py)
    "status_out_of_frame": ("Buiten de kaders: {why}", "Outside the frame: {why}"),
    "status_out_of_frame_because": ("Valt buiten de kaders, {why}", "Outside the frame, {why}"),
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
    "vote_count": ("{n} stemmen", "{n} votes"),
    "vote_count_one": ("1 stem", "1 vote"),
    "note_col": ("Punt", "Point"),
    "no_votes": ("Er is niet gestemd.", "No votes were cast."),
    "sketches": ("Schetsen", "Sketches"),
    "sheets_shown": ("Getoonde vellen: {names}", "Sheets shown: {names}"),
    "pins": ("Spelden", "Pins"),
    "stickies": ("Plakbriefjes", "Sticky notes"),
    "labels": ("Teksten op de schets", "Labels on the sketch"),
    "no_sketches": ("Er zijn geen schetsen gemaakt.", "No sketches were made."),
    # alternative text of the figures (read aloud by a screen reader instead of the picture)
    "sketch_alt": ("Schets “{name}”, getekend op {background}.", "Sketch “{name}”, drawn on {background}."),
    "sketch_on_image": ("een kaart of foto", "a map or photo"),
    "sketch_on_grid": ("ruitjespapier", "squared paper"),
    "sketch_on_blank": ("een leeg vel", "a blank sheet"),
    "sketch_alt_sheets": ("Vellen: {names}.", "Sheets: {names}."),
    "sketch_alt_lines": ("{n} getekende lijnen.", "{n} drawn lines."),
    "sketch_alt_lines_one": ("Eén getekende lijn.", "One drawn line."),
    "sketch_alt_pins": ("Spelden bij de punten {numbers}.", "Pins at points {numbers}."),
    "sketch_alt_stickies": ("Plakbriefjes {codes}.", "Sticky notes {codes}."),
    "sketch_alt_labels": ("Teksten: {texts}.", "Labels: {texts}."),
    "sketch_alt_legend": (
        "De lijsten onder de schets zeggen wat ze betekenen.",
        "The lists below the sketch say what they mean.",
    ),
    "chart_alt": ("Staafdiagram van de scores: {counts}.", "Bar chart of the scores: {counts}."),
    "chart_alt_score": ("{score} ({word}): {n}", "{score} ({word}): {n}"),
    "logo_alt": ("Logo van {name}", "Logo of {name}"),
    "logo_alt_plain": ("Logo van de gemeente", "Logo of the municipality"),
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
    "map_left_out": (
        "De kaart onder deze schets is weggelaten: {size}, meer dan {limit} megapixel.",
        "The map under this sketch was left out: {size}, more than {limit} megapixels.",
    ),
    "map_size": ("{width} x {height} px", "{width} x {height} px"),
    "map_size_unknown": ("een afbeelding van onbekend formaat", "an image of unknown size"),
    "no_due": ("nog niet bekend", "not yet known"),
    "owner_contact": ("Contactgegevens eigenaren (intern)", "Owners' contact details (internal)"),
    "evaluation": ("Evaluatie", "Evaluation"),
    # the question and the scale's words are the domain's (domain/evaluation_scale.py)
    "evaluation_intro": ("{question} (1 = {low}, 5 = {high})", "{question} (1 = {low}, 5 = {high})"),
    "evaluation_average": (
        "Gemiddeld cijfer {avg} uit {n} reacties.",
        "Average score {avg} from {n} responses.",
    ),
    "evaluation_average_one": ("Cijfer {avg} uit 1 reactie.", "Score {avg} from 1 response."),
    "evaluation_none": ("Er is geen evaluatie ingevuld.", "No evaluation was filled in."),
    "remarks": ("Opmerkingen", "Remarks"),
    "next": ("Hoe verder", "What happens next"),
    "stay_in_touch": ("Contact", "Stay in touch"),
    "no_next": (
        "Wij houden u op de hoogte van de volgende stappen.",
        "We will keep you informed about the next steps.",
    ),
    "subject": ("Verslag van {title}", "Report of {title}"),
}

# texts the domain defines in English for the app and the report alike: Dutch here, and the same
# Dutch in the interface's .ts (tests/report/test_evaluation_words.py holds the two together)
_DOMAIN_NL = {
    scale.QUESTION: "Wat vond u van deze avond?",
    scale.SCORE_WORDS[1]: "slecht",
    scale.SCORE_WORDS[2]: "matig",
    scale.SCORE_WORDS[3]: "redelijk",
    scale.SCORE_WORDS[4]: "goed",
    scale.SCORE_WORDS[5]: "heel goed",
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

    def count(self, key: str, n: int, **values: object) -> str:
        """The text for ``n`` things: the ``key + "_one"`` text when there is one, else ``key``'s."""
        return self(f"{key}_one" if n == 1 and f"{key}_one" in _TEXTS else key, n=n, **values)

    def domain(self, text: str) -> str:
        """A text the domain defines in English (the evaluation's question and scale) in this language."""
        return text if self.lang == "en" else _DOMAIN_NL[text]

    def score_word(self, score: int) -> str:
        """'slecht' ... 'heel goed': what a score of the evaluation means."""
        return self.domain(scale.SCORE_WORDS[score])

    def day(self, value: date) -> str:
        """'24 november 2026' / '24 November 2026'."""
        month = _MONTHS[self.lang].split()[value.month - 1]
        return f"{value.day} {month} {value.year}"

    def moment(self, value: datetime) -> str:
        """'dinsdag 24 november 2026, 19:30'."""
        weekday = _WEEKDAYS[self.lang].split()[value.weekday()]
        return f"{weekday} {self.day(value)}, {value:%H:%M}"
