"""Find statements and who made them.

Direct speech: a quotation ("…" or “…”) with an attribution after it ("…,” ujar X / kata X /
tegasnya / X menambahkan) or before it ("X mengatakan, “…”" / "X menulis: “…”"); a quotation that
runs over several sentences is one statement. Reported speech: "X mengatakan (bahwa) …",
"menurut X, …", "…, kata X." with the reporting verbs of Indonesian news, including denials
("membantah", "menyangkal") and hedges ("memperkirakan"). A passive back-reference ("Informasi ini
diungkap oleh X") names the source of the sentence before it without being a statement itself.

Speakers are resolved in document order: "ia", "dia", "-nya" go to the last person who spoke, and a
bare surname ("Kim", "Austin") to the full name of the person the text introduced with it —
preferring one who already spoke. Results are items in `klaim_statement` with `Statement` payloads.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..mentions.names import actor_key
from ..records import Mention, Meta, Statement
from ..mentions.actors import ACRONYM
from ..component import Intervals, RuleComponent, caseless_of, furniture_of, items_of, set_items, text_of
from ..text.patterns import WordScan, alternation, caseless_regex, word_tree
from ..text.sentences import sentence_ranges

WORD = re.compile(r"\w++(?:[-'’.]\w++)*+|[^\w\s]")  # as in `actors`: r"\w+(?:[-'’.]\w+)*|[^\w\s]"
OPEN_QUOTES = "“«"
CLOSE_QUOTES = "”»"
STRAIGHT = '"'
WORDS_ONLY = re.compile(r"\w+")
QUOTE_MARK = re.compile(r'["“”«»‘’]')
BAHWA = re.compile(r"(?<![\w-])bahwa(?![\w-])", re.IGNORECASE)
BRACKETED = re.compile(r"\([^)]*\)")
NOT_ACRONYM_BRACKET = re.compile(r"\((?![A-Z][A-Za-z]{1,9}\))[^)]*\)")  # any bracket but "(BPBD)", "(Kemhan)"
THEIR = re.compile(r"\s+(?:mereka|-?nya)$")
DETERMINER = re.compile(r"^(?:seorang|para|sang|pihak)\s+", re.IGNORECASE)
QUOTE_END = re.compile(r"[,.!?]\s*$")
QUOTE_MARKS = re.compile(r'["“”«»]|‘|’(?!\w)')
SPEAKER_GAP = re.compile(r"\s*(?:dari|di|asal)?\s*")
NOT_WORD = r"[\w-]"  # what may not stand right before a reporting verb
# a definite description in lower case ("pejabat tersebut", "jenderal bintang satu itu") up to the
# end of the attribution
# what a reporting verb takes when it points back at the sentence before ("menyampaikan hal tersebut")
BACK_OBJECT = re.compile(r"(?:hal|pernyataan|informasi|keterangan|penjelasan|kabar|data|angka)\s+(?:itu|tersebut|ini)"
                         r"(?![\w-])", re.IGNORECASE)
APPOSITION_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,\s*")  # "Warga| setempat, |Nurhayati"
MAX_QUOTE = 800  # characters of one statement's quotation; longer ones are kept apart


MIN_CONTENT_WORDS = 2  # what a reported statement says, at least


WEEKDAY_NAMES = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
DATE_TAIL = re.compile(
    rf",\s*(?:pada\s+)?(?:hari\s+)?{WEEKDAY_NAMES}(?:\s*\([^()]{{1,30}}\)|,?\s+\d{{1,2}}\s+[A-Za-z]+\s+\d{{4}})?"
    r"(?:\s+(?:pagi|siang|sore|malam|dini hari))?\s*[.!?]?\s*$")
CONTENT_TIME = re.compile(r",\s*pada\s+[^(\d]*$", re.IGNORECASE)  # ", pada Kamis dini hari." with no date written
ATTRIBUTION_COMMA = re.compile(
    r"^\s*(?:\([^)]*\))?\s*(?:(?:melalui|lewat|dalam|saat|ketika|di|kepada|usai|seusai)\s[^,.;]{1,60})?,",
    re.IGNORECASE)


def word_count(text: str) -> int:
    return len(WORDS_ONLY.findall(text))


def clean(text: str) -> str:
    # runs of whitespace made one space, as re.sub(r"\s+", " ", text).strip() would (str.split and the
    # regex engine's \s agree on what whitespace is), without a replacement for every single space
    return " ".join(text.split()).strip(" ,;:")


@dataclass
class Speaker:
    name: str
    role: str | None
    kind: str  # person | org | country
    anaphoric: bool = False


@dataclass(frozen=True)
class PendingQuote:
    """A quotation whose speaker is resolved when the walk reaches it (pronouns need the history)."""

    evidence: tuple[int, int]
    content: tuple[int, int]
    quote: str
    where: str  # after | before | continued | open (runs into the next paragraph) | orphan (no speaker yet)
    verb: str
    nya: bool
    span: tuple[int, int]  # where the speaker is named
    previous: Statement | None


@dataclass
class Context:
    """What the statement finder knows about one document while it walks through it."""

    text: str
    mentions: list[tuple[int, int, Mention]]
    starts: list[int]
    dates: Intervals
    persons: tuple[tuple[int, str, str | None], ...]
    key: object
    verbs: WordScan  # reporting verbs
    source_verbs: WordScan  # "mencatat", "merilis": a source for figures
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    subjects: list[tuple[int, Speaker]] = field(default_factory=list)  # persons a sentence opens with
    adjuncts_end: dict[tuple[int, int], int] = field(default_factory=dict)  # `strip_adjuncts` results
    parts: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)

    def name_parts(self, name: str) -> tuple[int, frozenset[str]]:
        """(words in `name`, words of its key): names are compared again and again along a document."""
        found = self.parts.get(name)
        if found is None:
            found = self.parts[name] = (len(name.split()), frozenset(self.key(name).split()))
        return found

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Mention]]:
        i = bisect.bisect_left(self.starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def first_mention_in(self, start: int, end: int) -> tuple[int, int, Mention] | None:
        """`mentions_in(start, end)[0]`, or None, without collecting the others."""
        mentions = self.mentions
        i = bisect.bisect_left(self.starts, start)
        while i < len(mentions) and mentions[i][0] < end:
            if mentions[i][1] <= end:
                return mentions[i]
            i += 1
        return None


class StatementFinder(RuleComponent):
    DEFAULT_RULES = {"statements": "statements.json", "roles": "roles.json"}

    def compile(self) -> None:
        rules = self.rules["statements"]
        self.verbs = dict(rules["verbs"])
        self.demand_verbs = frozenset(rules["demand_verbs"])
        stems = sorted(rules["attribution_stems"], key=len, reverse=True)
        self.deny_stems = frozenset(rules["deny_stems"])
        self.negators = frozenset(rules["negators"])
        self.blockers = frozenset(rules["blockers"])
        self.skip_before_verb = frozenset(rules["skip_before_verb"])
        self.adjunct_starts = frozenset(rules["adjunct_starts"])
        self.attribution_stops = frozenset(rules["attribution_stops"])
        self.prepositions = frozenset(rules["preposition_before_np"])
        self.hedge_words = tuple(rules["hedge_words"])
        self.min_quote_words = rules["min_quote_words"]
        self.bahwa_window = rules["bahwa_window"]
        self.back_reference = re.compile(rules["back_reference"], re.IGNORECASE)
        verbs = alternation(self.verbs)
        self.verb_pattern = re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", re.IGNORECASE)
        # the same on the caseless text, for one scan of the whole document (see `patterns.WordScan`)
        self.verb_scan = caseless_regex(rf"{word_tree(self.verbs, not_after=NOT_WORD)}(?![\w-])")
        phrases = "|".join(rules["after_quote_phrases"])
        self.after_quote = re.compile(
            rf"^[\s,.]*(?:(?P<stem>{alternation(stems)})(?P<nya>nya)?|(?P<verb>{verbs}|menurut|{phrases}))(?![\w-])",
            re.IGNORECASE)
        self.trailing = re.compile(
            rf",\s*(?P<stem>{alternation([*stems, 'menurut'])})(?P<nya>nya)?(?![\w-])(?P<rest>[^,]*)[.!?]?\s*$",
            re.IGNORECASE)
        self.source_verbs = re.compile(rf"(?<![\w-])(?:{alternation(rules['source_verbs'])})(?![\w-])", re.IGNORECASE)
        self.source_verb_scan = caseless_regex(rf"{word_tree(rules['source_verbs'], not_after=NOT_WORD)}(?![\w-])")
        # "X mengatakan, “…”", also with how or where it was said between: "mengatakan melalui platform X, “…”"
        self.before_quote = re.compile(
            rf"(?P<verb>{verbs})(?:\s+bahwa)?(?:\s+(?:{alternation(rules['adjuncts_before_quote'])})\s[^,.;:“”\"]{{1,60}})?"
            rf"(?:,\s*(?:pada\s+)?(?:hari\s+)?{WEEKDAY_NAMES}(?:\s*\([^()]{{1,12}}\))?)?\s*[,:]?\s*$", re.IGNORECASE)
        splitters = alternation(rules["clause_splitters"])
        # "[,;]\s*(?=splitter\b)|;\s*" written to start with its first character: the engine then
        # skips to the next comma or semicolon at once
        self.clause_split = re.compile(rf"[,;](?:\s*(?={splitters}\b)|(?<=;)\s*)", re.IGNORECASE)
        self.according = re.compile(rf"(?<![\w-])(?:{alternation(rules['initial_stems'])})\s+", re.IGNORECASE)
        self.according_nya = re.compile(rf"(?<![\w-])(?:{alternation(rules['initial_stems'])})nya\s*,", re.IGNORECASE)
        # how or where it was said, between the subject and the verb: "X dalam pernyataannya menyebut"
        self.channel_words = frozenset(rules["channel_adjuncts"])
        # ", yang …,", ", menurut …," and how or where it was said (", dalam keterangan persnya,")
        asides = alternation(["yang", "menurut", "sebagaimana", "seperti", "selaku", "sebagai", *self.channel_words])
        self.relative_clause = re.compile(rf",\s*(?:{asides})\b[^,]*(?:,|$)", re.IGNORECASE)
        # what names a source inside a leading adverbial: "Sebelumnya, menurut laporan X, …", "Berdasarkan data X, …"
        self.according_word = re.compile(rf"(?<![\w-]){alternation(rules['source_in_adjunct'])}\b", re.IGNORECASE)
        heads = alternation(rules["anaphoric_heads"])
        self.anaphoric_heads = dict(rules["anaphoric_heads"])
        # "Kelompok (paramiliter) itu", "Kementerian tersebut": an organisation named before
        self.anaphora = re.compile(rf"^\s*(?P<head>{heads})(?:\s+[a-z][\w-]*){{0,2}}\s+(?:itu|tersebut|ini)\b"
                                   r"(?P<rest>[^,]*)$", re.IGNORECASE)
        self.pp_before_verb = frozenset(rules["pp_before_verb"])
        roles = self.rules["roles"]
        person_heads = alternation(roles["role_heads"])
        self.person_anaphora = re.compile(rf"^\s*(?P<head>{person_heads})(?:\s+[\w-]+){{0,3}}?\s+(?:itu|tersebut)\b"
                                          r"(?P<rest>[^,]*)$", re.IGNORECASE)
        # after a quotation, a definite description of whoever is speaking, in lower case at first:
        # "kata pejabat tersebut", "papar perwira menengah Polri itu" (then how, where or when)
        stops = alternation(rules["attribution_stops"])
        self.description = re.compile(rf"\s*[a-z][\w-]*(?:\s+[\w.-]+){{0,4}}?\s+(?:itu|tersebut)(?![\w-])"
                                      rf"(?=\s*(?:[,.;!?]|$)|\s+(?:{stops})(?![\w-]))")
        self.report_lead = re.compile(
            rf"^\s*(?:{alternation(rules['report_nouns'])})(?:\s+(?:terbaru|resmi|terakhir|sementara|tertulis|"
            rf"yang\s+dirilis|dari))*\s+(?=\S)", re.IGNORECASE)
        roles = self.rules["roles"]
        np_words = set(roles["modifiers"]) | set(roles["lowercase_heads"]) | set(roles["np_glue"])
        for head in (*roles["role_heads"], *roles["org_heads"], *roles["determiners"]):
            np_words.update(head.split())
        self.np_words = frozenset(np_words)
        self.person_pronouns = frozenset(roles["pronouns_person"])
        self.role_head_phrases = frozenset(roles["role_heads"])
        self.generic_subjects = frozenset(roles["generic_subjects"])

    # -- speakers -----------------------------------------------------------------------------------
    def salient_person(self, ctx: Context, position: int) -> Speaker | None:
        """Who "ia", "dia", "-nya" point to: the latest person who spoke or opened a sentence."""
        spoke = next(((at, sp) for at, sp in reversed(ctx.history) if at < position and sp.kind == "person"), None)
        opened = next(((at, sp) for at, sp in reversed(ctx.subjects) if at < position), None)
        if spoke or opened:
            return max((c for c in (spoke, opened) if c), key=lambda c: c[0])[1]
        for start, _, mention in reversed(ctx.mentions):
            if start < position and mention.kind == "person":
                name, role = self.full_name(ctx, mention.name, start)
                return Speaker(name, mention.role or role, "person")
        return None

    def full_name(self, ctx: Context, name: str, position: int) -> tuple[str, str | None]:
        """(fullest name, its role) the text gives for a person mentioned as `name` at `position`.

        A surname that several people share ("Kim") goes to the one who spoke most recently, else to
        the one mentioned most recently before, else to the first mentioned after.
        """
        size, wanted = ctx.name_parts(name)
        if not wanted:
            return name, None
        known: dict[str, bool] = {}  # the same few speakers fill the history

        def matches(full: str) -> bool:
            found = known.get(full)
            if found is None:
                full_size, full_keys = ctx.name_parts(full)
                found = known[full] = full_size > size and wanted <= full_keys
            return found

        for at, speaker in reversed(ctx.history):
            if at < position and matches(speaker.name):
                return speaker.name, speaker.role
        before = [(n, r) for at, n, r in ctx.persons if at < position and matches(n)]
        if before:
            return before[-1]
        after = [(n, r) for at, n, r in ctx.persons if at >= position and matches(n)]
        if after:
            return after[0]
        same = [r for at, n, r in ctx.persons if r and ctx.key(n) == ctx.key(name)]
        return name, (same[0] if same else None)

    def role_holder(self, ctx: Context, role: str, position: int) -> Speaker | None:
        """ "Kapolres mengatakan …" after "Kapolres Garut AKBP Rohman …": the person holding that office."""
        wanted = clean(role).lower()
        if " " in wanted and wanted not in self.role_head_phrases:
            return None
        for at, speaker in reversed(ctx.history):
            if at < position and speaker.kind == "person" and (speaker.role or "").lower().startswith(wanted):
                return Speaker(speaker.name, speaker.role, "person", anaphoric=True)
        for at, name, person_role in reversed(ctx.persons):
            if at < position and (person_role or "").lower().startswith(wanted):
                return Speaker(name, person_role, "person", anaphoric=True)
        return None

    def speaker_from_mentions(self, ctx: Context, mentions, position: int,
                              np_text: str | None = None) -> Speaker | None:
        """The speaker a noun phrase names: a person (full name), a pronoun's referent, an office's
        holder, else the organisation or country phrase itself (surface form, brackets dropped)."""
        if not mentions:
            return None
        mentions = self.merge_adjacent(ctx.text, mentions)
        for _, _, mention in mentions:
            if mention.kind == "person":
                name, role = self.full_name(ctx, mention.name, position)
                return Speaker(name, mention.role or role, "person")
        for _, _, mention in mentions:
            if mention.kind == "name" and len(mention.name) > 1 and not ACRONYM.match(mention.name):
                name, role = self.full_name(ctx, mention.name, position)
                role = next((m.name for _, _, m in mentions if m.kind == "role"), None) or role
                return Speaker(name, role, "person")
        for _, _, mention in mentions:
            if mention.kind == "pronoun":
                found = self.salient_person(ctx, position)
                if found:
                    return Speaker(found.name, found.role, "person", anaphoric=True)
                return None
            if mention.kind == "group" and mention.name.lower() == "pihaknya" and len(mentions) == 1:
                # "Pihaknya menyebut …": the side of whoever spoke last
                previous = next((sp for at, sp in reversed(ctx.history) if at < position), None)
                return Speaker(previous.name, previous.role, previous.kind, anaphoric=True) if previous else None
        actors = [m for m in mentions if m[2].kind in ("org", "country", "role", "place", "name")]
        if not actors:
            return None
        if len(actors) == 1 and actors[0][2].kind == "role":
            holder = self.role_holder(ctx, actors[0][2].name, position)
            if holder is not None:
                return holder
        if np_text is not None and clean(np_text).lower() in self.generic_subjects:
            return None  # "Warga menyebut …": people in general are no speaker
        if np_text is None:
            mention = actors[0][2]
            return Speaker(mention.name, None, mention.kind if mention.kind == "country" else "org")
        if len(actors) == 1 and actors[0][2].kind == "country" and clean(np_text) == actors[0][2].name:
            return Speaker(actors[0][2].name, None, "country")
        if "," in np_text:
            parts = [clean(p) for p in np_text.split(",") if clean(p)]
            last = parts[-1]
            for _, _, mention in reversed(actors):
                if mention.name in last and mention.kind in ("org", "country"):
                    kind = "country" if mention.kind == "country" and last == mention.name else "org"
                    return Speaker(clean(NOT_ACRONYM_BRACKET.sub("", last)), clean(", ".join(parts[:-1])), kind)
        # a bracketed acronym stays: "Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta" is known as BPBD
        name = clean(NOT_ACRONYM_BRACKET.sub("", np_text))
        name = THEIR.sub("", name)
        name = DETERMINER.sub("", name) or name
        kind = "person" if all(m[2].kind == "role" for m in actors) else "org"
        if len(actors) == 1 and actors[0][2].kind == "country":
            kind = "country"
        return Speaker(name, None, kind)

    @staticmethod
    def merge_adjacent(text: str, mentions):
        """"Indonesia" + "Corruption Watch" written together are one organisation's name."""
        merged = []
        for s, e, mention in mentions:
            if merged and mention.kind in ("name", "org", "country", "place") and \
                    merged[-1][2].kind in ("name", "org", "country", "place") and not text[merged[-1][1]:s].strip():
                ps, _, previous = merged[-1]
                merged[-1] = (ps, e, Mention("org", text[ps:e]))
            else:
                merged.append((s, e, mention))
        return merged

    # -- subjects -----------------------------------------------------------------------------------
    def strip_adjuncts(self, ctx: Context, start: int, end: int) -> int:
        """Move `start` past leading adverbials ("Sementara itu,", "Pada Selasa (5/11/2024),")."""
        key = (start, end)
        found = ctx.adjuncts_end.get(key)  # a sentence's start is stripped for several of its parts
        if found is None:
            found = ctx.adjuncts_end[key] = self._strip_adjuncts(ctx, start, end)
        return found

    def _strip_adjuncts(self, ctx: Context, start: int, end: int) -> int:
        text = ctx.text
        while start < end:
            comma = text.find(",", start, end) - start
            if comma <= 0:
                break
            first = WORD.match(text, start, end)
            if not first:
                break
            word = first.group().lower()
            head = text[start:start + comma]
            if word in self.adjunct_starts or ctx.dates.covers(start, start + len(head.rstrip())):
                if self.according_word.search(head):
                    break  # "Sebelumnya, menurut laporan X, …": the source is in there
                start += comma + 1
                while start < end and text[start].isspace():
                    start += 1
            else:
                break
        return start

    def subject(self, ctx: Context, clause_start: int, verb_start: int, demand: bool):
        """(speaker, np_start) for the subject before a verb; (None, 'coord') when the verb is coordinated."""
        text = ctx.text
        start = self.strip_adjuncts(ctx, clause_start, verb_start)
        region = text[start:verb_start]
        # blank out relative clauses and "menurut …" parentheticals: ", yang …," / ", menurut …,"
        clauses = list(self.relative_clause.finditer(region)) if "," in region else ()
        if clauses:
            masked = list(region)
            for match in clauses:
                for k in range(match.start() + 1, match.end() - (1 if match.group().endswith(",") else 0)):
                    masked[k] = " "
            region = "".join(masked)
        person = self.person_anaphora.match(region)
        if person and all(w.lower() in self.skip_before_verb for w in WORD.findall(person.group("rest"))):
            # "Pejabat itu menyebut …", "Juru bicara tersebut memastikan …": someone named before
            found = self.role_antecedent(ctx, start, person.group("head").lower())
            return found, (start if found else None)
        anaphora = self.anaphora.match(region)
        if anaphora and all(w.lower() in self.skip_before_verb for w in WORD.findall(anaphora.group("rest"))):
            # "Kelompok itu membantah …": the organisation (or country) named before
            head = anaphora.group("head").lower()
            found = self.antecedent(ctx, start, self.anaphoric_heads[head], head)
            return found, (start if found else None)
        words = [(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(region)]
        mention_spans = ctx.mentions_in(start, verb_start)
        if mention_spans:
            last_end = mention_spans[-1][1]
            after = [i for i, w in enumerate(words) if w[0] >= last_end]
            # "X yang enggan disebutkan namanya mengatakan", "X dalam pernyataannya menyebut"
            cut = next((i for i in after if words[i][2].lower() == "yang"), None)
            if cut is None and after and words[after[0]][2].lower() in self.pp_before_verb:
                cut = after[0]
            if cut is None:
                # "Angkatan Udara Ukraina dalam pernyataannya di Telegram menyebut": the adjunct after the
                # subject names a place or channel, no speaker
                for _, mention_end, _ in mention_spans[:-1]:
                    following = next((i for i, w in enumerate(words) if w[0] >= mention_end), None)
                    if following is not None and words[following][2].lower() in self.channel_words:
                        cut = following
                        break
            if cut is not None:
                words = words[:cut]
            # "Amerika Serikat, sekutu utama Israel, mengumumkan": the actor before the description
            first = mention_spans[0]
            last = len(words) - 1  # past adverbs and dates before the verb: "…, bulan lalu menyetujui"
            while last > 0 and (words[last][2].lower() in self.skip_before_verb
                                or ctx.dates.covers(words[last][0], words[last][1])):
                last -= 1
            if words and words[last][2] == "," and words[0][0] == first[0] and first[1] < words[last][0]:
                between = text[first[1]:words[last][0]].strip()
                if between.startswith(",") and "," not in between[1:]:
                    speaker = self.speaker_from_mentions(ctx, [first], first[0], text[first[0]:first[1]])
                    if speaker is not None:
                        speaker.role = speaker.role or clean(between[1:])
                        return speaker, first[0]
        # strip adverbs and dates right before the verb
        while words:
            s, e, w = words[-1]
            acronym = w == ")" and len(words) >= 3 and words[-3][2] == "(" and ACRONYM.match(words[-2][2])
            if not acronym and (w.lower() in self.skip_before_verb or ctx.dates.covers(s, e) or w in ")"):
                if w == ")":  # "(kanan)", "(5/11)": but an acronym in brackets is part of the name
                    depth = 0
                    while words:
                        s2, e2, w2 = words.pop()
                        depth += (w2 == ")") - (w2 == "(")
                        if depth == 0:
                            break
                    continue
                words.pop()
                continue
            break
        if not words:
            return None, None
        if words[-1][2].lower() in ("dan", "serta"):
            return None, "coord"
        if demand and words[-1][2] == "," and not (
                mention_spans and mention_spans[-1][1] == words[-1][0] and mention_spans[-1][2].kind == "person"):
            return None, None  # "…, mendesak …" goes on a clause; "Menteri X, Nama, mendesak …" is a subject
        if words[-1][2].lower() in self.negators or words[-1][2].lower() in self.blockers:
            return None, None
        np_end = words[-1][1]
        # walk back over the noun phrase
        k = len(words) - 1
        np_start = None
        while k >= 0:
            s, e, w = words[k]
            inside = next((m for m in mention_spans if m[0] <= s and e <= m[1]), None)
            if inside is not None:
                np_start = inside[0]
                while k >= 0 and words[k][0] >= inside[0]:
                    k -= 1
                continue
            low = w.lower()
            if w in ",()" or low in self.np_words or low in ("dan", "serta") or low in self.person_pronouns:
                if low in ("dan", "serta") and (k == 0 or not any(m[1] == words[k - 1][1] for m in mention_spans)):
                    break  # "… mengadakan pertemuan dan": verbs coordinated, not names
                if w not in ",()":
                    np_start = s
                k -= 1
                continue
            break
        if np_start is None:
            return None, None
        if k >= 0 and words[k][2].lower() in self.prepositions:
            return None, None
        if k >= 0 and demand:
            # a demand needs its subject at the start of the clause
            return None, None
        np_text = clean(region[np_start - start:np_end - start])
        np_mentions = [m for m in mention_spans if np_start <= m[0] < np_end]
        return self.speaker_from_mentions(ctx, np_mentions, np_start, np_text), np_start

    def role_antecedent(self, ctx: Context, position: int, head: str) -> Speaker | None:
        """Who "pejabat itu" or "juru bicara tersebut" is: the last person who spoke (or opened a
        sentence) with that word in their role, else the last person who spoke."""
        people = [(at, sp) for at, sp in (*ctx.history, *ctx.subjects) if at < position and sp.kind == "person"]
        people.sort(key=lambda item: item[0])
        for _, speaker in reversed(people):
            if head in (speaker.role or "").lower():
                return Speaker(speaker.name, speaker.role, "person", anaphoric=True)
        found = self.salient_person(ctx, position)
        return Speaker(found.name, found.role, "person", anaphoric=True) if found else None

    def antecedent(self, ctx: Context, position: int, kind: str, head: str = "") -> Speaker | None:
        """The latest organisation (or country) mentioned before `position`, for "kelompok itu"; for
        "Kementerian itu" the latest one whose name opens with that word, when the text named one."""
        if kind == "org" and head:
            for start, _, mention in reversed(ctx.mentions):
                if start < position and mention.kind == "org" and mention.name.lower().startswith(head + " "):
                    return Speaker(mention.name, None, "org", anaphoric=True)
        for start, _, mention in reversed(ctx.mentions):
            if start >= position:
                continue
            if kind == "country" and mention.kind == "country":
                return Speaker(mention.name, None, "country", anaphoric=True)
            if kind == "org" and mention.kind == "org" and (mention.canonical or ACRONYM.match(mention.name)
                                                           or len(mention.name.split()) > 1):
                return Speaker(mention.name, None, "org", anaphoric=True)
        return None

    def clause_subject(self, ctx: Context, clause_start: int, verb_start: int):
        """The first actor of a clause ("Filipina menggelar rapat … dan mengatakan …")."""
        start = self.strip_adjuncts(ctx, clause_start, verb_start)
        mentions = ctx.mentions_in(start, verb_start)
        if not mentions or len(ctx.text[start:mentions[0][0]].split()) > 1:
            return None
        first = mentions[0]
        return self.speaker_from_mentions(ctx, [first], first[0], ctx.text[first[0]:first[1]])

    def attribution_speaker(self, ctx: Context, start: int, end: int) -> Speaker | None:
        """Speaker named after an attribution verb: "kata Kepala BNPB Suharyanto kepada …"."""
        text = ctx.text
        if self.description.match(text, start, end):
            # "kata pejabat tersebut", "tutur jenderal bintang satu itu": someone already speaking
            previous = next((sp for at, sp in reversed(ctx.history) if at < start), None)
            return Speaker(previous.name, previous.role, previous.kind, anaphoric=True) if previous else None
        lead = self.report_lead.match(text[start:end])
        if lead and ctx.mentions_in(start + lead.end(), end):
            start += lead.end()  # "menurut data PBB" → PBB
        stop = end
        for match in WORD.finditer(text, start, end):
            word = match.group().lower()
            if match.start() > start and (word in self.attribution_stops or word in ",.;:!?"):
                if word == ",":
                    # "ujar Kepala BPBD …, Rina Marlina": keep going when the actor finder joined them
                    joined = [m for m in ctx.mentions_in(start, end) if m[0] < match.start() < m[1]]
                    if joined:
                        continue
                stop = match.start()
                break
        mentions = [m for m in ctx.mentions_in(start, end) if m[0] < stop]
        if mentions:
            stop = max(stop, mentions[-1][1])
        if not mentions:
            first = WORD.search(text, start, end)
            if first and first.group().lower() in self.person_pronouns:
                found = self.salient_person(ctx, start)
                return Speaker(found.name, found.role, "person", anaphoric=True) if found else None
            return None
        return self.speaker_from_mentions(ctx, mentions, start, text[start:stop])

    # -- direct speech ------------------------------------------------------------------------------
    def quotes(self, text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
        """(open mark, close mark or paragraph end, closed) of the quotations in a paragraph.

        Double quotes (“…”, "…", «…») are speech; single ones (‘…’) only when no double ones are
        open, opening at a word start and closing before a space or punctuation (’ is also the
        apostrophe of "Jum’at").
        """
        found, opened, mark = [], None, None
        for match in QUOTE_MARK.finditer(text, start, end):
            i, ch = match.start(), match.group()
            if opened is None:
                if ch in OPEN_QUOTES or ch == STRAIGHT:
                    opened, mark = i, ch
                elif ch == "‘" and (i == start or text[i - 1].isspace()):
                    opened, mark = i, ch
            elif (mark == STRAIGHT and ch == STRAIGHT) or (mark in OPEN_QUOTES and ch in CLOSE_QUOTES) or (
                    mark == "‘" and ch == "’" and (i + 1 >= end or not text[i + 1].isalnum())):
                found.append((opened, i, True))
                opened = None
        if opened is not None:
            found.append((opened, end, False))
        return found

    # -- the component --------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        meta: Meta = doc._.klaim_meta or Meta()
        furniture = furniture_of(doc)
        mentions = sorted(((s, e, m) for s, e, _, m in items_of(doc, "klaim_actor")), key=lambda m: m[0])
        dates = Intervals((s, e) for s, e, _, _ in items_of(doc, "klaim_date"))
        folded = caseless_of(doc)
        ctx = Context(text, mentions, [m[0] for m in mentions], dates, doc._.klaim_persons or (), actor_key,
                      WordScan(self.verb_pattern, text, self.verb_scan, folded),
                      WordScan(self.source_verbs, text, self.source_verb_scan, folded))
        # a sentence with a figure that a later "Hal itu disampaikan X" names is a claim of X's already
        figures = Intervals((s, e) for s, e, _, _ in items_of(doc, "klaim_quantity"))
        sentences = sentence_ranges(doc)
        sentence_starts = [s for s, _ in sentences]
        sentence_ends = [e for _, e in sentences]  # sentences are in order and apart: ends ascend too
        results: list[Statement] = []
        # the direct statement that closed the previous body paragraph: a paragraph that is only a
        # quotation without attribution continues it
        previous_direct: Statement | None = None
        previous_said: Statement | None = None  # the statement that closed the previous body paragraph
        open_quote: PendingQuote | None = None  # a quotation left open at the end of the last paragraph
        orphan: PendingQuote | None = None  # a quotation nobody was named for (yet)
        lead_in: tuple[int, int, str] | None = None  # "… X mengatakan:" ending the last paragraph
        last_sentence: tuple[int, int] | None = None
        for ps, pe, label, _ in items_of(doc, "klaim_paragraph"):
            if label != "body":
                continue
            if meta.dateline_span and ps <= meta.dateline_span[0] < pe:
                ps = meta.dateline_span[1]
            # the sentences with e > ps and s < pe
            first, last = bisect.bisect_right(sentence_ends, ps), bisect.bisect_left(sentence_starts, pe)
            para_sents = [(max(s, ps), e) for s, e in sentences[first:last] if not furniture.covers(s, e)]
            if not para_sents:
                continue
            pending = sorted(self.direct_statements(ctx, ps, pe, para_sents, previous_direct, lead_in,
                                                    previous_said),
                             key=lambda quote: quote.evidence[0])
            covered = Intervals(quote.evidence for quote in pending)
            still_open = next((q for q in pending if q.where == "open"), None)
            found: list[Statement] = []
            for s, e in para_sents:
                while pending and pending[0].evidence[0] <= s:
                    quote = pending.pop(0)
                    statement = self.resolve_direct(ctx, quote)
                    if statement is not None:
                        found.append(statement)
                    orphan = quote if quote.where == "orphan" else None
                self.note_subject(ctx, s, e)
                if not covered.overlaps(s, e):
                    reported = self.reported(ctx, s, e, last_sentence)
                    back = next((st for st in reported if not st.claim), None)
                    if back is not None and orphan is not None:
                        found.append(self.named_later(orphan, back))
                    elif back is not None and self.names_unclaimed_sentence(back, figures, (*results[-3:], *found)):
                        found.append(self.reported_before(text, back))
                    found.extend(reported)
                    orphan = None
                last_sentence = (s, e)
            for quote in pending:
                statement = self.resolve_direct(ctx, quote)
                if statement is not None:
                    found.append(statement)
                orphan = quote if quote.where == "orphan" else orphan
            if open_quote is not None:
                found = self.close_open_quote(text, open_quote, ps, found)
            open_quote = still_open
            claims = [st for st in found if st.claim]
            previous_direct = claims[-1] if claims and claims[-1].direct else None
            previous_said = claims[-1] if claims else None
            lead_in = self.lead_in(text, para_sents[-1])
            results.extend(found)
        results.sort(key=lambda st: st.evidence[0])  # a sentence named later as said comes in late
        set_items(doc, "klaim_statement", ((st.evidence[0], st.evidence[1], "DIRECT" if st.direct else "REPORTED", st)
                                           for st in results))
        return doc

    def note_subject(self, ctx: Context, start: int, end: int) -> None:
        """Remember a person a sentence opens with ("Menteri X menyambut baik …") for a later "ia"."""
        begin = self.strip_adjuncts(ctx, start, end)
        first = ctx.first_mention_in(begin, end)
        if first is None or first[0] != begin:
            return
        mention = first[2]
        if mention.kind in ("role", "group"):
            # "Warga setempat, Nurhayati (52), mengaku …": the name in apposition
            named = ctx.first_mention_in(first[1], end)
            if named is not None and named[2].kind in ("person", "name") \
                    and APPOSITION_GAP.fullmatch(ctx.text, first[1], named[0]):
                name, role = self.full_name(ctx, named[2].name, named[0])
                ctx.subjects.append((begin, Speaker(name, role or mention.name, "person")))
            return
        if mention.kind == "person" or (mention.kind == "name" and len(mention.name.split()) >= 2):
            name, role = self.full_name(ctx, mention.name, begin)
            ctx.subjects.append((begin, Speaker(name, mention.role or role, "person")))

    def lead_in(self, text: str, sentence: tuple[int, int]) -> tuple[int, int, str] | None:
        """(sentence start, verb start, verb) when a paragraph ends "X mengatakan:" before a quotation."""
        s, e = sentence
        if not text[s:e].rstrip().endswith(":"):
            return None
        match = self.before_quote.search(text, max(s, e - 110), e)
        return (s, match.start(), match.group("verb").lower()) if match else None

    def named_later(self, orphan: PendingQuote, back: Statement) -> Statement:
        """A quotation followed by "Hal itu disampaikan X": X's direct statement."""
        return Statement(back.speaker, back.speaker_role, back.speaker_kind, orphan.quote, True, "assert",
                         orphan.evidence, orphan.content, attribution=self.outside(orphan.evidence, orphan.content),
                         anaphoric=back.anaphoric)

    @staticmethod
    def names_unclaimed_sentence(back: Statement, figures: Intervals, recent) -> bool:
        """Whether a back-reference names a sentence that is no claim yet: one without figures (a
        figure's sentence is its claim already) that no `recent` statement covers."""
        start, end = back.targets[0]
        return back.names_earlier and not figures.overlaps(start, end) and not any(
            st.claim and st.evidence[0] < end and start < st.evidence[1] for st in recent)

    @staticmethod
    def reported_before(text: str, back: Statement) -> Statement:
        """ "Pihaknya masih menelusuri …. Hal tersebut diungkapkan oleh X": X's reported statement."""
        target = back.targets[0]
        return Statement(back.speaker, back.speaker_role, back.speaker_kind, clean(text[target[0]:target[1]]), False,
                         "assert", target, target, anaphoric=back.anaphoric)

    @staticmethod
    def close_open_quote(text: str, open_quote: PendingQuote, ps: int, found: list[Statement]) -> list[Statement]:
        """A quotation left open runs on into this paragraph's opening quotation: one statement."""
        first = found[0] if found else None
        if first is None or not first.direct or first.evidence[0] != ps:
            return found
        if len(open_quote.quote) + len(first.quote) > MAX_QUOTE:
            # too long to read as one quotation: the same speaker's two statements
            head = Statement(first.speaker, first.speaker_role, first.speaker_kind, open_quote.quote, True,
                             first.stance, open_quote.evidence, open_quote.content, anaphoric=True)
            return [head, *found]
        merged = Statement(
            speaker=first.speaker, speaker_role=first.speaker_role, speaker_kind=first.speaker_kind,
            quote=clean(open_quote.quote + " " + first.quote), direct=True, stance=first.stance,
            evidence=(open_quote.evidence[0], first.evidence[1]), content=(open_quote.content[0], first.content[1]),
            attribution=first.attribution, anaphoric=first.anaphoric)
        return [merged, *found[1:]]

    def direct_statements(self, ctx, ps, pe, para_sents, previous_direct, lead_in=None,
                          previous_said=None) -> list[PendingQuote]:
        """Quotations of one paragraph with where their attribution is (speakers resolved later)."""
        text = ctx.text
        found = []
        for opened, closed, is_closed in self.quotes(text, ps, pe):
            inner = text[opened + 1:closed]
            if word_count(inner) < self.min_quote_words:
                continue
            first = next((i for i, (s, e) in enumerate(para_sents) if s <= opened < e), None)
            last = next((i for i, (s, e) in enumerate(para_sents) if s <= closed < e or (closed == e and closed == pe)),
                        len(para_sents) - 1)
            if first is None:
                continue
            sent_start, sent_end = para_sents[first][0], para_sents[last][1]
            lead = text[sent_start:opened]
            attribution = None
            continued = previous_direct  # whose speech a quotation without attribution continues
            if is_closed:
                tail = text[closed + 1:sent_end]
                after = self.after_quote.match(tail)
                if after and QUOTE_END.search(inner[-3:] if inner else ""):
                    verb = (after.group("stem") or after.group("verb") or "").lower()
                    speaker_start = closed + 1 + after.end()
                    attribution = ("after", verb, bool(after.group("nya")), speaker_start, sent_end)
                elif after and after.group("stem"):
                    verb = after.group("stem").lower()
                    attribution = ("after", verb, bool(after.group("nya")), closed + 1 + after.end(), sent_end)
            if attribution is None:
                tail_start = max(0, len(lead) - 110)
                before = self.before_quote.search(lead, tail_start)
                if before and (before.group().rstrip().endswith((",", ":")) or not is_closed
                               or not text[closed + 1:sent_end].strip(" .”\"")):
                    attribution = ("before", before.group("verb").lower(), False, sent_start,
                                   sent_start + before.start())
            if attribution is None:
                if opened == ps and lead_in is not None:
                    # "X mengatakan:" closing the paragraph before
                    attribution = ("before", lead_in[2], False, lead_in[0], lead_in[1])
                elif opened == ps and previous_direct is not None:
                    attribution = ("continued", "", False, opened, opened)
                elif opened == ps and is_closed and previous_said is not None \
                        and previous_said.speaker_kind == "person" and not BACK_OBJECT.search(text, closed, pe + 200):
                    # "X menjelaskan situasi …" and then a paragraph that is only a quotation: X goes on
                    # speaking, unless a "Hal itu disampaikan Y" after it names someone else
                    continued = previous_said
                    attribution = ("continued", "", False, opened, opened)
                elif opened == ps and is_closed:
                    attribution = ("orphan", "", False, opened, opened)  # a later "Hal itu disampaikan X" names it
                elif not is_closed:
                    attribution = ("open", "", False, opened, opened)  # may close in the next paragraph
                else:
                    continue
            if lead.strip() and attribution[0] == "after" and len(WORD.findall(lead)) <= 12 \
                    and not self.verb_pattern.search(lead):
                content = (sent_start, closed)
            else:
                content = (opened + 1, closed)
            quote = clean(QUOTE_MARKS.sub("", text[content[0]:content[1]]))
            where, verb, nya, span_start, span_end = attribution
            found.append(PendingQuote((sent_start, sent_end), content, quote, where, verb, nya,
                                      (span_start, span_end), continued))
        return found

    def resolve_direct(self, ctx: Context, pending: PendingQuote) -> Statement | None:
        s, e = pending.span
        speaker = None
        if pending.where == "after":
            if pending.nya:
                found = self.salient_person(ctx, s)
                speaker = Speaker(found.name, found.role, "person", True) if found else None
            else:
                speaker = self.attribution_speaker(ctx, s, e)
        elif pending.where == "before":
            speaker, _ = self.subject(ctx, s, e, demand=False)
        elif pending.where in ("open", "orphan"):
            return None
        elif pending.where == "continued" and pending.previous is not None:
            previous = pending.previous
            speaker = Speaker(previous.speaker, previous.speaker_role, previous.speaker_kind, True)
        if speaker is None:
            return None
        verb = pending.verb
        stance = "deny" if verb in self.deny_stems or self.verbs.get(verb) == "deny" else "assert"
        if stance == "assert" and pending.quote.lower().startswith(self.hedge_words):
            stance = "hedge"
        ctx.history.append((pending.evidence[0], speaker))
        return Statement(
            speaker=speaker.name, speaker_role=speaker.role, speaker_kind=speaker.kind, quote=pending.quote,
            direct=True, stance=stance, evidence=pending.evidence, content=pending.content,
            attribution=self.outside(pending.evidence, pending.content), anaphoric=speaker.anaphoric,
        )

    @staticmethod
    def outside(evidence, content) -> tuple[tuple[int, int], ...]:
        parts = []
        if content[0] > evidence[0]:
            parts.append((evidence[0], content[0]))
        if content[1] < evidence[1]:
            parts.append((content[1], evidence[1]))
        return tuple(parts)

    # -- reported speech ----------------------------------------------------------------------------
    def clauses(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        bounds, begin = [], start
        for match in self.clause_split.finditer(text, start, end):
            bounds.append((begin, match.start()))
            begin = match.end()
        bounds.append((begin, end))
        return [(s, e) for s, e in bounds if e > s]

    def reported(self, ctx: Context, start: int, end: int, previous_sentence) -> list[Statement]:
        text = ctx.text
        back = self.back_reference.match(text, start, end)
        if back:
            speaker = self.attribution_speaker(ctx, back.end(), end)
            if speaker and previous_sentence:
                if speaker.kind == "person":
                    ctx.history.append((start, speaker))
                return [Statement(speaker.name, speaker.role, speaker.kind, "", False, "assert", (start, end),
                                  (start, start), claim=False, targets=(previous_sentence,))]
            return []
        found = []
        for cs, ce in self.clauses(text, start, end):
            statement = self.reported_clause(ctx, cs, ce, cs, ce, previous_sentence)
            if statement is not None:
                found.append(statement)
        if not found:
            # "BPS mencatat …", "DPR menyetujui …": a source for the figures, not a statement
            for verb_start, _ in ctx.source_verbs.within(start, end):
                speaker, np_start = self.subject(ctx, start, verb_start, demand=False)
                if speaker is not None and np_start != "coord":
                    return [Statement(speaker.name, speaker.role, speaker.kind, "", False, "assert", (start, end),
                                      (start, start), claim=False, targets=((start, end),))]
        return found

    def reported_clause(self, ctx: Context, cs: int, ce: int, ss: int, se: int,
                        previous_sentence: tuple[int, int] | None = None) -> Statement | None:
        text = ctx.text
        # "Menurut X, …"
        lead = self.strip_adjuncts(ctx, cs, ce)
        own = self.according_nya.match(text, lead, ce)
        if own:
            found = self.salient_person(ctx, lead)
            content = (self._skip_space(text, own.end(), ce), ce)
            quote = clean(text[content[0]:content[1]])
            if found and word_count(quote) >= MIN_CONTENT_WORDS:
                speaker = Speaker(found.name, found.role, "person", anaphoric=True)
                ctx.history.append((lead, speaker))
                return Statement(speaker.name, speaker.role, "person", quote, False, "assert", (ss, se), content,
                                 attribution=self.outside((ss, se), content), anaphoric=True)
        according = self.according.match(text, lead, ce)
        if according:
            statement = self.according_to(ctx, according.end(), ce, cs, ss, se)
            if statement is not None:
                return statement
        for verb_start, verb_end in ctx.verbs.within(cs, ce):
            verb = text[verb_start:verb_end].lower()
            before = WORD.findall(text[max(cs, verb_start - 30):verb_start])
            if before and (before[-1].lower() in self.negators or before[-1].lower() in self.blockers):
                continue
            if len(before) > 1 and before[-1].lower() in self.skip_before_verb and before[-2].lower() in self.negators:
                continue
            demand = verb in self.demand_verbs
            speaker, np_start = self.subject(ctx, cs, verb_start, demand)
            if np_start == "coord" and not demand:
                speaker = self.clause_subject(ctx, cs, verb_start)
            if speaker is None:
                continue
            content_start = verb_end
            window = text[content_start:ce]
            bahwa = BAHWA.search(window)
            if bahwa and len(WORD.findall(window[:bahwa.start()])) <= self.bahwa_window:
                content_start += bahwa.end()
            content_start = self._skip_space(text, content_start, ce)
            if self.points_back(text, content_start, ce):
                # "X menyampaikan hal tersebut dalam rapat …": X is the source of the sentence before
                if previous_sentence is None:
                    return None
                if speaker.kind == "person":
                    ctx.history.append((verb_start, speaker))
                return Statement(speaker.name, speaker.role, speaker.kind, "", False, "assert", (ss, se), (ss, ss),
                                 claim=False, targets=(previous_sentence,))
            content = (content_start, self.without_date_tail(text, content_start, ce))
            quote = clean(text[content[0]:content[1]])
            if word_count(quote) < MIN_CONTENT_WORDS:
                continue
            stance = self.verbs.get(verb, "assert")
            if stance == "assert" and quote.lower().startswith(self.hedge_words):
                stance = "hedge"
            ctx.history.append((verb_start, speaker))
            evidence = (ss, se)
            return Statement(speaker.name, speaker.role, speaker.kind, quote, False, stance, evidence, content,
                             attribution=self.outside(evidence, content), anaphoric=speaker.anaphoric)
        # "…, kata X." without quotation marks
        last_comma = text.rfind(",", cs, ce)
        trailing = self.trailing.match(text, last_comma, ce) if last_comma >= 0 else None
        if trailing:
            if trailing.group("nya"):
                found = self.salient_person(ctx, trailing.start())
                speaker = Speaker(found.name, found.role, "person", True) if found else None
            else:
                speaker = self.attribution_speaker(ctx, trailing.start("rest"), trailing.end("rest"))
            content = (self.strip_adjuncts(ctx, cs, trailing.start()), trailing.start())
            quote = clean(text[content[0]:content[1]])
            if speaker and word_count(quote) >= MIN_CONTENT_WORDS:
                ctx.history.append((cs, speaker))
                stance = "deny" if (trailing.group("stem") or "").lower() in self.deny_stems else "assert"
                return Statement(speaker.name, speaker.role, speaker.kind, quote, False, stance, (ss, se), content,
                                 attribution=self.outside((ss, se), content), anaphoric=speaker.anaphoric)
        return None

    def points_back(self, text: str, start: int, end: int) -> bool:
        """Whether what a verb takes is "hal tersebut" and nothing said after it ("menyampaikan hal
        tersebut dalam rapat", but not "menegaskan hal itu tidak dapat diterima")."""
        back = BACK_OBJECT.match(text, start, end)
        if not back:
            return False
        following = WORD.search(text, back.end(), end)
        return following is None or following.group().lower() in self.attribution_stops \
            or following.group() in ",.;:!?"

    @staticmethod
    def without_date_tail(text: str, start: int, end: int) -> int:
        """End of what was said, before a trailing ", Kamis (19/9/2024)." that dates the saying: the
        date belongs to the attribution (where claim dating looks for it), not to the quote."""
        tail = DATE_TAIL.search(text, start, end)
        if tail and CONTENT_TIME.match(tail.group()):
            return end  # "…, kapal bertolak pada Kamis dini hari.": when it happened, not when it was said
        return tail.start() if tail and tail.start() > start else end

    @staticmethod
    def _skip_space(text: str, i: int, end: int) -> int:
        while i < end and (text[i].isspace() or text[i] in ",:"):
            i += 1
        return i

    def according_to(self, ctx: Context, np_start: int, ce: int, cs: int, ss: int, se: int) -> Statement | None:
        """ "Menurut pengamat politik, Siti Rahma dari Universitas Andalas, …" → speaker and content."""
        text = ctx.text
        mentions = ctx.mentions_in(np_start, ce)
        if not mentions:
            return None
        # the noun phrase runs over mentions (and "dari"/"di" between them) up to a comma
        np_end, previous_end = None, np_start
        for s, e, _ in mentions:
            gap = text[previous_end:s]
            if previous_end == np_start:
                if len(WORD.findall(gap)) > 3:
                    break
            elif not SPEAKER_GAP.fullmatch(gap):
                break
            # "Kata dia melalui keterangan tertulis, …": an adjunct may stand between the speaker and the comma
            comma = ATTRIBUTION_COMMA.match(text[e:ce])
            previous_end = e
            if comma:
                np_end = e + comma.end()
                break
        if np_end is None:
            return None
        np_mentions = [m for m in mentions if m[1] <= np_end]
        speaker = self.speaker_from_mentions(ctx, np_mentions, np_start)
        if speaker is None:
            return None
        content = (self._skip_space(text, np_end, ce), ce)
        quote = clean(text[content[0]:content[1]])
        if word_count(quote) < MIN_CONTENT_WORDS:
            return None
        ctx.history.append((np_start, speaker))
        return Statement(speaker.name, speaker.role, speaker.kind, quote, False, "assert", (ss, se), content,
                         attribution=self.outside((ss, se), content), anaphoric=speaker.anaphoric)
