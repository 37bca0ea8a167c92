"""The project on disk: configuration, the registry folder, and which drafts to read (the I/O edge)."""
