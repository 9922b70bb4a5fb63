"""The phase panels of the facilitator's workspace: phase bar, prepare, discuss, close, timer."""
