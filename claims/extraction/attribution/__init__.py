"""Who said what. `statements.StatementFinder` is the pipeline component; it walks the body
paragraphs in order (`walk`) and asks, sentence by sentence: is there a quotation (`quotes`), or
reported speech (`reported`), or a sentence naming the source of another (`backrefs`)? Who speaks
is the subject of a clause (`subjects`) or the phrase after an attribution verb (`speakers`), and
"ia", "-nya", a surname or "pejabat itu" refer back to someone named before (`coreference`).
`adjuncts` skips what stands around a clause; `context` holds one document's state and the shared
records; `rules` compiles the reporting grammar from `lexicon/statements.json` (and `roles.json`,
`dates.json`)."""
