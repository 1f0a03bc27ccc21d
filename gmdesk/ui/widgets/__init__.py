"""The window's shared widgets: every page builds from these, none keeps its own copy."""
