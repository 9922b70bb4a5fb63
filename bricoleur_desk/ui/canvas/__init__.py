"""The sketch roll: a pen canvas over maps and plans, with tracing sheets, sticky notes and pins."""
