"""Output: the reports written from a check's findings (text, JSON, SARIF, GitHub), the registry's, baselines."""
