"""Planning from the check's gaps: where to build (siting.py), what to do first (action_plan.py)."""
