"""The reporting grammar, compiled once per component from the lexicon.

Every Indonesian word the statement finder knows comes from `lexicon/statements.json` (the reporting
grammar), `lexicon/roles.json` (offices, pronouns, what a noun phrase is made of) or
`lexicon/dates.json` (weekdays); this module turns those lists into the sets and patterns the other
modules use. Patterns that are only punctuation and quote marks live with the code that uses them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..text.patterns import alternation, caseless_regex, word_tree

NOT_WORD = r"[\w-]"  # what may not stand right before a reporting verb

Rules = Mapping[str, Any]  # one frozen lexicon file (see `lexicon.load_rules`)


def word_pattern(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Any of `words` standing alone: not inside a longer word or a hyphenated one."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", flags)


class AttributionRules:
    """Word sets and compiled patterns of the reporting grammar (read-only after `__init__`)."""

    def __init__(self, statements: Rules, roles: Rules, dates: Rules) -> None:
        self._words(statements, roles)
        self._verbs(statements)
        self._quotes(statements, dates)
        self._clauses(statements, dates)
        self._subjects(statements, roles)

    def _words(self, rules: Rules, roles: Rules) -> None:
        self.verbs: dict[str, str] = dict(rules["verbs"])  # reporting verb → stance
        self.demand_verbs = frozenset(rules["demand_verbs"])
        self.deny_stems = frozenset(rules["deny_stems"])
        self.negators = frozenset(rules["negators"])
        self.blockers = frozenset(rules["blockers"])
        self.skip_before_verb = frozenset(rules["skip_before_verb"])
        self.adjunct_starts = frozenset(rules["adjunct_starts"])
        self.attribution_stops = frozenset(rules["attribution_stops"])
        self.prepositions = frozenset(rules["preposition_before_np"])
        self.hedge_words: tuple[str, ...] = tuple(rules["hedge_words"])
        self.min_quote_words: int = rules["min_quote_words"]
        self.bahwa_window: int = rules["bahwa_window"]
        self.coordinators = frozenset(rules["coordinators"])
        self.relative_pronouns = frozenset(rules["relative_pronouns"])
        self.own_side = frozenset(rules["own_side"])
        self.channel_words = frozenset(rules["channel_adjuncts"])
        self.pp_before_verb = frozenset(rules["pp_before_verb"])
        self.anaphoric_heads: dict[str, str] = dict(rules["anaphoric_heads"])
        np_words = set(roles["modifiers"]) | set(roles["lowercase_heads"]) | set(roles["np_glue"])
        for head in (*roles["role_heads"], *roles["org_heads"], *roles["determiners"]):
            np_words.update(head.split())
        self.np_words = frozenset(np_words)
        self.person_pronouns = frozenset(roles["pronouns_person"])
        self.role_head_phrases = frozenset(roles["role_heads"])
        self.generic_subjects = frozenset(roles["generic_subjects"])

    def _verbs(self, rules: Rules) -> None:
        self.verb_pattern = word_pattern(self.verbs)
        # the same on the caseless text, for one scan of the whole document (see `patterns.WordScan`)
        self.verb_scan = caseless_regex(rf"{word_tree(self.verbs, not_after=NOT_WORD)}(?![\w-])")
        # "BPS mencatat", "DPR menyetujui": a source for figures
        self.source_verbs = word_pattern(rules["source_verbs"])
        self.source_verb_scan = caseless_regex(rf"{word_tree(rules['source_verbs'], not_after=NOT_WORD)}(?![\w-])")
        self.back_reference = re.compile(rules["back_reference"], re.IGNORECASE)
        # what a reporting verb takes when it points back at the sentence before ("menyampaikan hal tersebut")
        self.back_object = re.compile(
            rf"{alternation(rules['back_object_nouns'])}\s+{alternation(rules['demonstratives'])}(?![\w-])",
            re.IGNORECASE)
        self.complementizer = word_pattern(rules["complementizers"])  # "bahwa"

    def _quotes(self, rules: Rules, dates: Rules) -> None:
        stems = sorted(rules["attribution_stems"], key=len, reverse=True)
        verbs = alternation(self.verbs)
        according = alternation(rules["according_words"])
        phrases = "|".join(rules["after_quote_phrases"])
        self.after_quote = re.compile(
            rf"^[\s,.]*(?:(?P<stem>{alternation(stems)})(?P<nya>nya)?|(?P<verb>{verbs}|{according}|{phrases}))"
            r"(?![\w-])", re.IGNORECASE)
        self.trailing = re.compile(
            rf",\s*(?P<stem>{alternation([*stems, *rules['according_words']])})(?P<nya>nya)?(?![\w-])"
            r"(?P<rest>[^,]*)[.!?]?\s*$", re.IGNORECASE)
        # "X mengatakan, “…”", also with how or where it was said between: "mengatakan melalui platform X, “…”"
        weekday = alternation(dates["weekdays"])
        on, day = alternation(rules["date_prepositions"]), alternation(rules["day_nouns"])
        self.before_quote = re.compile(
            rf"(?P<verb>{verbs})(?:\s+{alternation(rules['complementizers'])})?"
            rf"(?:\s+(?:{alternation(rules['adjuncts_before_quote'])})\s[^,.;:“”\"]{{1,60}})?"
            rf"(?:,\s*(?:{on}\s+)?(?:{day}\s+)?{weekday}(?:\s*\([^()]{{1,12}}\))?)?\s*[,:]?\s*$", re.IGNORECASE)
        # after a quotation, a definite description of whoever is speaking, in lower case at first:
        # "kata pejabat tersebut", "papar perwira menengah Polri itu" (then how, where or when)
        stops = alternation(rules["attribution_stops"])
        distal = alternation(rules["distal_demonstratives"])
        self.description = re.compile(rf"\s*[a-z][\w-]*(?:\s+[\w.-]+){{0,4}}?\s+{distal}(?![\w-])"
                                      rf"(?=\s*(?:[,.;!?]|$)|\s+(?:{stops})(?![\w-]))")
        modifiers = alternation(rules["report_noun_modifiers"])
        self.report_lead = re.compile(
            rf"^\s*(?:{alternation(rules['report_nouns'])})(?:\s+{modifiers})*\s+(?=\S)", re.IGNORECASE)

    def _clauses(self, rules: Rules, dates: Rules) -> None:
        splitters = alternation(rules["clause_splitters"])
        # "[,;]\s*(?=splitter\b)|;\s*" written to start with its first character: the engine then
        # skips to the next comma or semicolon at once
        self.clause_split = re.compile(rf"[,;](?:\s*(?={splitters}\b)|(?<=;)\s*)", re.IGNORECASE)
        initial = alternation(rules["initial_stems"])
        self.according = re.compile(rf"(?<![\w-])(?:{initial})\s+", re.IGNORECASE)
        self.according_nya = re.compile(rf"(?<![\w-])(?:{initial})nya\s*,", re.IGNORECASE)
        # what names a source inside a leading adverbial: "Sebelumnya, menurut laporan X, …", "Berdasarkan data X, …"
        self.according_word = re.compile(rf"(?<![\w-]){alternation(rules['source_in_adjunct'])}\b", re.IGNORECASE)
        # "Kata dia melalui keterangan tertulis, …": an adjunct between the speaker and the comma
        self.attribution_comma = re.compile(
            rf"^\s*(?:\([^)]*\))?\s*(?:{alternation(rules['adjuncts_before_comma'])}\s[^,.;]{{1,60}})?,",
            re.IGNORECASE)
        self.speaker_gap = re.compile(rf"\s*{alternation(rules['speaker_gap_words'])}?\s*")  # "X dari Y"
        # a trailing ", Kamis (19/9/2024)." that dates the saying
        weekday = alternation(day.capitalize() for day in dates["weekdays"])
        on, day = alternation(rules["date_prepositions"]), alternation(rules["day_nouns"])
        times = "|".join(re.escape(time) for time in dates["times_of_day"])  # one space in "dini hari"
        self.date_tail = re.compile(
            rf",\s*(?:{on}\s+)?(?:{day}\s+)?{weekday}(?:\s*\([^()]{{1,30}}\)|,?\s+\d{{1,2}}\s+[A-Za-z]+\s+\d{{4}})?"
            rf"(?:\s+(?:{times}))?\s*[.!?]?\s*$")
        self.content_time = re.compile(rf",\s*{on}\s+[^(\d]*$", re.IGNORECASE)  # ", pada Kamis dini hari."

    def _subjects(self, rules: Rules, roles: Rules) -> None:
        # ", yang …,", ", menurut …," and how or where it was said (", dalam keterangan persnya,")
        asides = alternation([*rules["aside_openers"], *self.channel_words])
        self.relative_clause = re.compile(rf",\s*(?:{asides})\b[^,]*(?:,|$)", re.IGNORECASE)
        # "Kelompok (paramiliter) itu", "Kementerian tersebut": an organisation named before
        near, distal = alternation(rules["demonstratives"]), alternation(rules["distal_demonstratives"])
        self.anaphora = re.compile(rf"^\s*(?P<head>{alternation(self.anaphoric_heads)})(?:\s+[a-z][\w-]*){{0,2}}"
                                   rf"\s+{near}\b(?P<rest>[^,]*)$", re.IGNORECASE)
        # "Pejabat itu", "Juru bicara tersebut": a person named before
        self.person_anaphora = re.compile(rf"^\s*(?P<head>{alternation(roles['role_heads'])})(?:\s+[\w-]+){{0,3}}?"
                                          rf"\s+{distal}\b(?P<rest>[^,]*)$", re.IGNORECASE)
        self.determiner = re.compile(rf"^{alternation(rules['speaker_determiners'])}\s+", re.IGNORECASE)
        self.their = re.compile(rf"\s+{alternation(rules['trailing_possessives'])}$")  # "… mereka", "…-nya"
