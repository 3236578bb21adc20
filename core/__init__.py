"""Domain logic of Complete Community Check: no widgets, shared by Processing, the dock and the tests."""
