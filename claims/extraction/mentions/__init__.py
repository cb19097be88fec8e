"""Things a sentence mentions: figures, dates, people, roles and organisations.

- figures: `numbers` (the component `NumberFinder`) on `numerals` (the value of a figure as written);
- dates: `dates` (the component `DateFinder`, the publication date, `DayContext`) on `date_forms`
  (the written forms of a date and where they stand), `date_cues` (what the words around a date say
  about it) and `calendar` (calendar arithmetic);
- actors: `actors` (the component `ActorFinder` and `ActorGrammar`, every kind of mention), built in
  layers: `words` (a sentence's words, column by column) → `actor_lexicon` (word tables and tests) →
  `name_runs` (where a name ends) → `roles` (where an office's words end) → `persons` (office + name);
- `names`: the one key by which an actor's name is compared.

Every word these modules know comes from `lexicon/` (numbers.json, dates.json, roles.json, actors.jsonl).
"""
