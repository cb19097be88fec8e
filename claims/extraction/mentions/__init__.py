"""Things a sentence mentions: figures (`numbers`), dates (`dates`), people, roles and
organisations (`actors`), and the one key by which a name is compared (`names`)."""
