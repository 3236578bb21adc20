"""Checklist profiles: the standard as editable, validated data."""
