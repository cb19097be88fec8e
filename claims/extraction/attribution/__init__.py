"""Who said what: direct quotations, reported speech, the subject of a clause, and who "ia", "-nya",
a surname or a role refers back to (`statements`)."""
