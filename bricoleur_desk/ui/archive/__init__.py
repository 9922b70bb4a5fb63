"""The team archive window: connect, push and pull, the promises dashboard, search, conflicts."""
