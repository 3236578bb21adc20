"""The Processing provider `completecommunity` and its algorithms (one per file under algorithms/)."""
