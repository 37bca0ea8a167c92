"""The check: passages into mentions, candidate claims, verdicts. Pure: a text and a prepared registry in."""
