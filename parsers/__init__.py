"""One module per document type, each declaring ``TYPE`` (see ``parsers.doctype``), listed in
``parsers.registry``; the shared readers (common, grammar, vocabulary) and the cross-document
passes (crossdoc) import no document type."""
