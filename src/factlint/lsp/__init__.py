"""The language server (`factlint lsp`): diagnostics, hovers, definitions and fixes in an editor.

Needs the `lsp` extra (pygls, lsprotocol). Only the command that starts the server imports this package,
so the rest of factlint never loads pygls.
"""
