"""A person as an office and a name: "Menteri Pertahanan AS Lloyd Austin", "Juru bicara Kepolisian,
Budi Hartono", "Kapolda Metro Jaya Irjen Karyoto", "pengamat politik, Siti Rahma"; or an office
without a name ("wakil menteri luar negeri", "warga El Fasher")."""
from __future__ import annotations

from typing import NamedTuple

from ..records import Mention
from .actor_lexicon import PLACE_KINDS, Gazetteer
from .roles import RoleEnd, RoleWords
from .words import Words

Found = tuple[int, Mention]  # the index of the word after a mention, and the mention


class Holder(NamedTuple):
    """Where an office ends and its holder's name starts and ends (word indices; no name when
    `name_end` is not after `name_start`), and whether a rank was among the office's words."""

    role_end: int
    name_start: int
    name_end: int
    rank: bool


class PersonGrammar(RoleWords):
    """The grammar of "office + name", on top of the office's words."""

    __slots__ = ()

    def person_at(self, words: Words, i: int, gazetteer: Gazetteer, common: frozenset[str], text: str) -> Found | None:
        """The person (or the role without a name) whose office opens at word i."""
        n = len(words.text)
        head_start = i
        if words.lower[i] in self.role_prefixes and i + 1 < n and not self.match_head(words, i, self.role_heads):
            head_start = i + 1  # "Wakil Koordinator …": a deputy of any office
        head_end = self.match_head(words, head_start, self.role_heads)
        if not head_end:
            return None
        head = " ".join(words.lower[head_start:head_end])
        # a regional office ("Bupati") or an office of an institution ("Kepala Dinas") may name its place
        place_head = head in self.place_heads or words.lower[head_end - 1] in self.org_heads
        role_end, rank = self.office_end(words, head_end, gazetteer, common, place_head)
        if head in self.resident_heads:
            # "warga El Fasher": the place they live in; a name only follows a comma ("…, Ahmed Nasser")
            place_end = self.name_run(words, role_end, common, gazetteer)
            if place_end > role_end and not (place_end < n and words.text[place_end] == ","):
                role = words.surface(text, i, place_end - 1)
                return place_end, Mention("role", role, role=role)
            role_end = max(role_end, place_end)
        holder = self.first_name(words, role_end, rank, gazetteer, common)
        holder = self.name_after_rank(words, holder, gazetteer, common)
        holder = self.later_appositive(words, holder, gazetteer, common)
        holder = self.title_to_comma(words, holder, gazetteer, common)
        # "Bupati Cianjur mengatakan": one capitalised word after a regional office is its place.
        if place_head and not holder.rank and holder.name_start == holder.role_end \
                and holder.name_end - holder.name_start == 1:
            holder = holder._replace(role_end=holder.name_end, name_start=holder.name_end)
        return self.person_or_role(words, i, holder, text)

    def office_end(self, words: Words, head_end: int, gazetteer: Gazetteer, common: frozenset[str],
                   place_head: bool) -> RoleEnd:
        """The end of the office's words after its head (`extend_role`). "petugas Pertahanan Sipil
        Gaza": one capitalised word between the office's own capitalised words and a country is part
        of the institution's name, not a person's."""
        role_end, rank = self.extend_role(words, head_end, gazetteer, place_head)
        if not rank and head_end < role_end < len(words.text) - 1 and words.capitalised[role_end - 1] \
                and role_end + 1 in gazetteer and gazetteer[role_end + 1].kind in PLACE_KINDS \
                and self.is_name_word(words, role_end, common, False):
            return self.extend_role(words, role_end + 1, gazetteer, False)
        return role_end, rank

    def first_name(self, words: Words, role_end: int, rank: bool, gazetteer: Gazetteer,
                   common: frozenset[str]) -> Holder:
        """The name right after the office, or after its appositive comma (and a rank there)."""
        name_start = role_end
        appositive = role_end + 1 < len(words.text) and words.text[role_end] == ","
        if appositive:
            name_start, rank_after = self.extend_role(words, role_end + 1, gazetteer, False, ranks_only=True)
            rank = rank or rank_after
        name_end = self.name_run(words, name_start, common, gazetteer, held=True, lead=appositive)
        return Holder(role_end, name_start, name_end, rank)

    def name_after_rank(self, words: Words, holder: Holder, gazetteer: Gazetteer, common: frozenset[str]) -> Holder:
        """A rank inside the run ("… Jaya Irjen Karyoto"): the name starts after it."""
        if holder.name_end <= holder.name_start:
            return holder
        after_rank, rank = self.extend_role(words, holder.name_end, gazetteer, False, ranks_only=True)
        if rank:
            second = self.name_run(words, after_rank, common, gazetteer, held=True)
            if second > after_rank:
                return Holder(after_rank, after_rank, second, True)
        return holder

    def later_appositive(self, words: Words, holder: Holder, gazetteer: Gazetteer, common: frozenset[str]) -> Holder:
        """ "pengamat politik, Siti Rahma": a later appositive name is the person's name ("Kepala
        PVMBG, Dr. Hendra …": a rank or honorific may open it)."""
        role_end, name_start, name_end, rank = holder
        if not (name_end > name_start and name_start == role_end and name_end + 1 < len(words.text)
                and words.text[name_end] == ","):
            return holder
        after_rank, _ = self.extend_role(words, name_end + 1, gazetteer, False, ranks_only=True)
        second = self.name_run(words, after_rank, common, gazetteer, held=True, lead=True)
        if second > after_rank and (second - after_rank >= 2 or "-" in words.text[after_rank]):
            return Holder(name_end, after_rank, second, rank)
        return holder

    def title_to_comma(self, words: Words, holder: Holder, gazetteer: Gazetteer, common: frozenset[str]) -> Holder:
        """ "Menteri Kerja Sama Pembangunan Norwegia, Ingrid Solheimsen, …": the title goes on to the comma."""
        if holder.name_start != holder.role_end:
            return holder
        stop = max(holder.name_end, holder.role_end)
        if stop < len(words.text) and words.text[stop] != ",":
            titled = self.title_holder(words, stop, gazetteer, common)
            if titled:
                return Holder(titled.comma, titled.name_start, titled.name_end, holder.rank)
        return holder

    def person_or_role(self, words: Words, i: int, holder: Holder, text: str) -> Found | None:
        """The person the office from word i and its holder make, or the role alone without a name."""
        role_end, name_start, name_end, _ = holder
        role = words.surface(text, i, role_end - 1).rstrip(" ,") if role_end > i else None
        if name_end > name_start:
            name = words.surface(text, name_start, name_end - 1)
            return self.skip_age(words, name_end), Mention("person", name, role=role)
        if role_end <= i:
            return None
        return role_end, Mention("role", role or words.text[i], role=role)
