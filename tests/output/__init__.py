"""A package, so that test_text.py here and tests/test_text.py are both collected."""
