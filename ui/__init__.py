"""Widgets: the dock and dialogs. They only present what core/ computes."""
