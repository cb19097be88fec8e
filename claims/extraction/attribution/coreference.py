"""Who a later mention is: "ia", "dia", "-nya", a bare surname ("Kim"), an office alone
("Kapolres"), "pejabat itu", "kelompok tersebut" — resolved against what the document said before.

Speakers are resolved in document order: pronouns go to the last person who spoke or opened a
sentence, and a surname to the full name of the person the text introduced with it, preferring
one who already spoke.
"""
from __future__ import annotations

import re

from ..mentions.actors import ACRONYM
from .adjuncts import strip_adjuncts
from .context import Context, Speaker, clean
from .rules import AttributionRules

APPOSITION_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,\s*")  # "Warga| setempat, |Nurhayati"


class Coreference:
    def __init__(self, rules: AttributionRules) -> None:
        self.rules = rules

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

    def referred_person(self, ctx: Context, position: int) -> Speaker | None:
        """`salient_person`, marked as found through a pronoun."""
        found = self.salient_person(ctx, position)
        return found.referred() if found else None

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
        for at, full, role in reversed(ctx.persons):  # the last one introduced before
            if at < position and matches(full):
                return full, role
        for at, full, role in ctx.persons:  # the first one introduced after
            if at >= position and matches(full):
                return full, role
        key = ctx.key(name)
        return name, next((role for _, full, role in ctx.persons if role and ctx.key(full) == key), None)

    def role_holder(self, ctx: Context, role: str, position: int) -> Speaker | None:
        """ "Kapolres mengatakan …" after "Kapolres Garut AKBP Rohman …": the person holding that office."""
        wanted = clean(role).lower()
        if " " in wanted and wanted not in self.rules.role_head_phrases:
            return None
        for at, speaker in reversed(ctx.history):
            if at < position and speaker.kind == "person" and (speaker.role or "").lower().startswith(wanted):
                return speaker.referred()
        for at, name, person_role in reversed(ctx.persons):
            if at < position and (person_role or "").lower().startswith(wanted):
                return Speaker(name, person_role, "person", anaphoric=True)
        return None

    def role_antecedent(self, ctx: Context, position: int, head: str) -> Speaker | None:
        """Who "pejabat itu" or "juru bicara tersebut" is: the last person who spoke (or opened a
        sentence) with that word in their role, else the last person who spoke."""
        people = [(at, sp) for at, sp in (*ctx.history, *ctx.subjects) if at < position and sp.kind == "person"]
        people.sort(key=lambda item: item[0])
        for _, speaker in reversed(people):
            if head in (speaker.role or "").lower():
                return speaker.referred()
        return self.referred_person(ctx, position)

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

    def note_subject(self, ctx: Context, start: int, end: int) -> None:
        """Remember a person a sentence opens with ("Menteri X menyambut baik …") for a later "ia"."""
        begin = strip_adjuncts(self.rules, ctx, start, end)
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
