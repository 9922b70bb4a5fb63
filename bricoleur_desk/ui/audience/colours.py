"""The projector's colours: the usual ones, and the high-contrast set (View → High contrast).

Both are dark text on white: in a lit hall a projector's black is grey, and white ground keeps
the text's contrast where a dark ground would wash out. High contrast takes out every grey
(a merged note, a note's group, the date), darkens the status colours and the clock, and
draws the outline of the note under discussion in black. Every pair is checked against WCAG
AA in tests/accessibility/test_projector_contrast.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RoomColours:
    ground: str = "#ffffff"
    ink: str = "#111111"  # a note's number and words, titles, the question
    faded: str = "#6b6b6b"  # a merged note: grey, yet 5.3:1 (#8a8a8a was 3.4:1, too faint on a small wall)
    group_ink: str = "#404040"  # the group under a note
    highlight: str = "#fff3a0"  # behind the newest note
    focus_fill: str = "#e3f2fd"  # behind the note under discussion
    focus_outline: str = "#0d47a1"
    band: str = "#455a64"  # a theme band without a colour of its own
    status: dict[str, str] = field(
        default_factory=lambda: {
            "answered": "#1b5e20",
            "investigate": "#bf360c",  # 5.6:1; #e65100 was 3.8:1
            "out_of_frame": "#4a148c",
            "merged": "#616161",
        }
    )
    when: str = "#444444"  # the date and venue on the opening page
    open_title: str = "#1b5e20"
    fixed_title: str = "#b71c1c"
    clock_warning: str = "#b35c00"
    clock_over: str = "#c62828"
    badges: dict[str, str] = field(
        default_factory=lambda: {"done": "#1b5e20", "dropped": "#6d4c41", "open": "#0d47a1", "late": "#b71c1c"}
    )
    promise_detail: str = "#444444"
    focus_pen: float = 1.0  # times the usual outline
    strong_bands: bool = False  # theme bands darkened or lightened until their text reaches 7:1


NORMAL = RoomColours()
HIGH_CONTRAST = RoomColours(
    ink="#000000",
    faded="#595959",  # 7:1: merged, but still readable
    group_ink="#000000",
    highlight="#ffe500",
    focus_fill="#ffffff",
    focus_outline="#000000",
    band="#263238",
    status={"answered": "#0b4d12", "investigate": "#8a2f00", "out_of_frame": "#3a0a72", "merged": "#595959"},
    when="#000000",
    open_title="#0b4d12",
    fixed_title="#8e0000",
    clock_warning="#7a3e00",
    clock_over="#8e0000",
    badges={"done": "#0b4d12", "dropped": "#4e342e", "open": "#0d3880", "late": "#8e0000"},
    promise_detail="#000000",
    focus_pen=1.5,
    strong_bands=True,
)


def room_colours(high_contrast: bool) -> RoomColours:
    return HIGH_CONTRAST if high_contrast else NORMAL
