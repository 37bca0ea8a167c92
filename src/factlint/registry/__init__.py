"""The registry of sourced claims: loading, validating, anchoring, caching, auditing, harvesting."""
