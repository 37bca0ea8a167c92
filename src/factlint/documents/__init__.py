"""Documents: drafts (Markdown, plain text) read into prose passages that keep their source positions. Pure."""
