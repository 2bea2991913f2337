"""People across documents: every mention of a person (``warehouse/people.sql``) clustered
into ``people`` across OCR's spellings of one name.

Two mentions are one person when their names are the same without Thai marks, spaces and
dots (OCR drops marks and spaces first), or close to it (rapidfuzz), the given name and the
surname each close too; a shared position lowers the bar a little. Two names listed in one
document (attendees, committee members) are never merged: a list does not name one person
twice. Rebuilt from the whole warehouse after every ingest.
"""

from __future__ import annotations

import contextlib
import hashlib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib.resources import files

import duckdb
import regex
from rapidfuzz import fuzz, process

from schemas import Person, PersonMention, column_names, to_columns
from warehouse.load import insert_columns, insert_rows

_NOT_LETTERS = regex.compile(r"[^\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46]+")  # marks, digits, spaces, dots
LISTS = frozenset({"attendee", "committee_member"})  # roles that list several people in a document
SAME = 90.0  # key similarity that makes one person
SAME_WITH_POSITION = 85.0  # ... when the two also share a position
PART = 75.0  # the given names, and the surnames, at least this close
CUT = 0.6  # a name OCR cut short (its start, this much of it) with the same position is the same


def name_key(name: str) -> str:
    """A name as OCR cannot spell it differently: Thai letters and vowels only, without marks,
    digits, spaces and dots."""
    return _NOT_LETTERS.sub("", unicodedata.normalize("NFC", name))


def _parts(name: str) -> tuple[str, str] | None:
    words = [key for key in map(name_key, name.split()) if key]
    return (words[0], "".join(words[1:])) if len(words) >= 2 else None


@dataclass
class _Group:
    """The mentions of one key (or, after merging, of one person)."""

    mentions: list[PersonMention] = field(default_factory=list)
    listed_in: set[str] = field(default_factory=set)  # documents that list this name
    positions: set[str] = field(default_factory=set)


def _close(a: _Group, b: _Group, score: float) -> bool:
    share_position = any(fuzz.token_set_ratio(p, q) >= 80 for p in a.positions for q in b.positions)
    short, long = sorted((name_key(a.mentions[0].full_name), name_key(b.mentions[0].full_name)), key=len)
    if share_position and long.startswith(short) and len(short) >= CUT * len(long):
        return True
    if score < (SAME_WITH_POSITION if share_position else SAME):
        return False
    parts_a, parts_b = _parts(a.mentions[0].full_name), _parts(b.mentions[0].full_name)
    if parts_a and parts_b:
        return all(fuzz.ratio(x, y) >= PART for x, y in zip(parts_a, parts_b, strict=True))
    return True


def cluster(mentions: list[PersonMention]) -> list[list[PersonMention]]:
    """The mentions grouped by person (each mention's ``person_id`` is not read)."""
    groups: dict[str, _Group] = {}
    for mention in mentions:
        key = name_key(mention.full_name)
        if not key:
            continue
        group = groups.setdefault(key, _Group())
        group.mentions.append(mention)
        if mention.role in LISTS:
            group.listed_in.add(mention.doc_id)
        if mention.position:
            group.positions.add(mention.position)
    keys = list(groups)
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    pairs = sorted(
        (
            (float(score), a, keys[j])
            for i, a in enumerate(keys)
            for _, score, j in process.extract(
                a, keys[i + 1 :], scorer=fuzz.ratio, score_cutoff=100 * 2 * CUT / (1 + CUT), limit=None
            )
            for j in [i + 1 + j]
        ),
        reverse=True,
    )
    for score, a, b in pairs:
        ra, rb = root(a), root(b)
        if ra == rb or groups[ra].listed_in & groups[rb].listed_in:
            continue
        if not _close(groups[a], groups[b], score):
            continue
        parent[rb] = ra
        merged = groups[ra]
        merged.listed_in |= groups[rb].listed_in
        merged.positions |= groups[rb].positions
    clusters: dict[str, list[PersonMention]] = {}
    for key in keys:
        clusters.setdefault(root(key), []).extend(groups[key].mentions)
    return list(clusters.values())


def _marks(name: str) -> int:
    return len(name) - len(name_key(name))


def person_of(mentions: list[PersonMention], ocr: frozenset[int] = frozenset()) -> Person:
    """The person of a cluster: the spelling used most where the page was not OCR'd (``ocr``
    holds the ``id`` of mentions on OCR'd pages), then most anywhere (ties: the one with more
    marks, which OCR drops rather than adds); the prefix and position given most."""
    spellings = Counter(" ".join(m.full_name.split()) for m in mentions)
    read = Counter(" ".join(m.full_name.split()) for m in mentions if id(m) not in ocr)
    name = max(spellings, key=lambda s: (read[s], spellings[s], _marks(s), len(s), s))
    prefixes = Counter(m.prefix for m in mentions if m.prefix)
    positions = Counter(m.position for m in mentions if m.position)
    return Person(
        person_id="p" + hashlib.sha1(name_key(name).encode()).hexdigest()[:12],
        prefix=prefixes.most_common(1)[0][0] if prefixes else None,
        full_name=name,
        position=positions.most_common(1)[0][0] if positions else None,
        mentions=len(mentions),
        documents=len({m.doc_id for m in mentions}),
        spellings=sorted(spellings),
    )


def rebuild_people(con: duckdb.DuckDBPyConnection) -> int:
    """Replace ``people`` and ``person_mentions`` with a clustering of the whole warehouse,
    in one transaction. Returns the number of people."""
    sql = files("warehouse").joinpath("people.sql").read_text(encoding="utf-8")
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description or ()]
    mentions, ocr = [], set()
    while rows := cursor.fetchmany(10_000):  # a chunk at a time: only the models are kept
        for row in rows:
            values = dict(zip(columns, row, strict=True))
            by_ocr = values.pop("read_by_ocr")
            mentions.append(PersonMention(person_id="", **values))
            if by_ocr:
                ocr.add(id(mentions[-1]))
        del rows
    people: list[Person] = []
    linked: list[PersonMention] = []
    person_ids: list[str] = []
    for members in cluster(mentions):
        person = person_of(members, frozenset(ocr))
        people.append(person)
        linked.extend(members)
        person_ids.extend([person.person_id] * len(members))
    del mentions
    # the mentions as columns with their person's id: no second model per mention
    mention_columns = to_columns(linked).get(PersonMention.__table__, [])
    del linked
    if mention_columns:
        mention_columns[column_names(PersonMention).index("person_id")] = person_ids
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM person_mentions")
        con.execute("DELETE FROM people")
        insert_rows(con, Person, people)
        insert_columns(con, PersonMention, mention_columns)
        con.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise
    return len(people)
