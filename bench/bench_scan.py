"""Text-scanning figures: a case of 10,000 entries and 100,000 imported messages, scanned for
personal data (`services.text_redaction`).

The case is fictional and made once from a fixed seed (untimed): the entries of `bench_store`
(summary, an account of 20-60 words, a place), and one imported chat of 100,000 messages of
2-14 words. About one text in fifty carries something to find: a UK mobile number, an
email address, a postcode, a registration or a date of birth after "DOB". The store is
then closed and copied, so that each timed first scan starts from a case never scanned.

- *first scan*: `suggest` on a fresh copy: read every entry, message, exhibit description
  and the narrative, run every scanner, store the finds (one transaction, fsync).
- *rescan*: `suggest` again on the scanned case: the same reading and scanning, and the
  reconciliation with what is stored, which finds nothing new to write.
- *list*: `suggestions`, what the Redaction dialog reads to fill its table: every span,
  named ("item 14, account") and put in context.
- *accept one*: `accept` of one span with a reason, as one click in the dialog costs.
- *accept 50*: 50 spans accepted one `accept` call at a time (the CLI), and at once with
  `decide` (the dialog's multi-row Accept: one transaction, one audit row each).
`--quick`: 2,000 entries and 20,000 messages (enough spans for the accept figures).
"""

from __future__ import annotations

import io
import random
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.bench_store import fictional_entries
from bench.harness import Context, benchmark, measure, report, say
from stalkdesk.domain.records import Case, ContactRecord, Exhibit, Officer
from stalkdesk.domain.redaction import Status
from stalkdesk.domain.vocab import Channel, ExhibitKind
from stalkdesk.services import text_redaction
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.keyfile import KdfParams

PASSPHRASE = "fictional benchmark passphrase"
OFFICER = Officer(name="Alex Fictional", initials="AF", rank="DC", warrant_number="0000",
                  force="Fictional Constabulary", unit="Stalking Unit")
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # unlocking is not measured here
URN = "01ZZ0000008"
_TEXT = ("ok see you later where are you why did you block me I saw you at the station today "
         "answer the phone I know where you live just want to talk please reply miss you")
_WORDS = _TEXT.split(" ")
# Fictional values of every kind the scanners look for (Ofcom drama numbers, reserved domains).
_FINDS = ("call me on 07700 900{n:03d}", "write to sam{n}@example.invalid", "I was outside ZZ{d}9 9ZZ",
          "the car was AB{d}{d} CDE", "DOB {day:02d}/04/1990", "ring +44 7700 900{n:03d}")
FIND_RATE = 50  # one text in this many carries a find


def _find(rng: random.Random) -> str:
    n = rng.randrange(1000)
    return rng.choice(_FINDS).format(n=n, d=rng.randrange(1, 10), day=rng.randrange(1, 29))


def make_case(folder: Path, entries: int, messages: int, seed: int = 8) -> int:
    """A closed store at `folder` with one fictional case; returns the number of scanned texts."""
    rng = random.Random(seed)
    vault = Vault(folder)
    vault.kdf = FAST_KDF
    ws, _recovery = vault.create(PASSPHRASE, OFFICER)
    try:
        case = ws.cases.create(Case(urn=URN, operation="Op Scan Benchmark (fictional)"))
        assert case.id is not None
        made = fictional_entries(entries)
        for i in range(0, len(made), FIND_RATE):
            e = made[i]
            made[i] = replace(e, account=f"{e.account} {_find(rng)}.")
        ws.entries.add_many(case.id, made)
        chat = ws.exhibits.add(case.id, Exhibit("AF/1", "WhatsApp export from the victim's phone (fictional)",
                                                kind=ExhibitKind.OTHER, original_filename="chat.txt"),
                               io.BytesIO(b"fictional chat export"))
        assert chat.id is not None
        start = datetime(2023, 9, 1, 7, 0, tzinfo=UTC)
        records = []
        for seq in range(1, messages + 1):
            body = " ".join(rng.choices(_WORDS, k=rng.randint(2, 14)))
            if seq % FIND_RATE == 0:
                body += " " + _find(rng)
            records.append(ContactRecord(kind="message", at=start + timedelta(minutes=3 * seq),
                                         identity="+447700900001", direction="incoming", channel=Channel.WHATSAPP,
                                         body=body, locator=f"line {seq}", seq=seq))
        ws.records.add_many(case.id, chat.id, records)
        return entries * 3 + messages + 1 + 6
    finally:
        ws.close()


def _open(folder: Path) -> tuple[Workspace, int]:
    ws = Vault(folder).unlock(PASSPHRASE)
    case_id = ws.case(URN).id
    assert case_id is not None
    return ws, case_id


@benchmark("redaction.scan")
def bench_scan(ctx: Context) -> None:
    entries, messages = ctx.size(10_000, 2_000), ctx.size(100_000, 20_000)
    root = ctx.tempdir("scan")
    seeded = root / "seeded"
    texts = make_case(seeded, entries, messages)
    label = f"{entries // 1000}k entries + {messages // 1000}k messages"
    copies = iter(range(1_000_000))

    def fresh() -> tuple[Workspace, int, Path]:
        target = root / f"copy-{next(copies)}"
        shutil.copytree(seeded, target)
        return (*_open(target), target)

    def done(state: tuple[Workspace, int, Path]) -> None:
        state[0].close()
        shutil.rmtree(state[2], ignore_errors=True)

    found: list[int] = []

    def first(state: tuple[Workspace, int, Path]) -> None:
        found.append(len(text_redaction.suggest(state[0], state[1]).added))

    result = measure(first, ctx.repeat, setup=fresh, teardown=done, track_memory=True)
    report(f"first scan, {label}", result)
    report("  texts scanned per second", result.per_second(texts, "texts/s"))
    report("  peak RSS growth", result.rss_mb())
    say(f"{texts:,} texts, {found[-1]:,} finds stored in one transaction.")

    ws, case_id = _open(seeded)
    try:
        text_redaction.suggest(ws, case_id)
        again: list[int] = []
        result = measure(lambda: again.append(len(text_redaction.suggest(ws, case_id).added)), ctx.repeat)
        report(f"rescan (nothing new), {label}", result)
        assert again and not any(again), again
        listed: list[int] = []
        result = measure(lambda: listed.append(len(text_redaction.suggestions(ws, case_id))), ctx.repeat,
                         track_memory=True)
        report(f"list {listed[-1]:,} spans with place and context", result)
        report("  peak RSS growth", result.rss_mb())
        waiting = iter(r.id for r in ws.redactions.list(case_id, Status.SUGGESTED) if r.id is not None)
        result = measure(lambda i: text_redaction.accept(ws, i, "phone number"), ctx.repeat,
                         setup=lambda: next(waiting))
        report("accept one span (one click)", result)

        def fifty() -> list[int]:
            return [next(waiting) for _ in range(50)]

        def one_by_one(ids: list[int]) -> None:
            for i in ids:
                text_redaction.accept(ws, i, "phone number")

        result = measure(one_by_one, ctx.repeat, setup=fifty)
        report("accept 50 spans, one call each", result)
        result = measure(lambda ids: text_redaction.decide(ws, ids, Status.ACCEPTED, "phone number"),
                         ctx.repeat, setup=fifty)
        report("accept 50 spans at once (dialog, one transaction)", result, goal="< 1 s")
        say("accept reads only the records holding its spans: it does not grow with the case.")
    finally:
        ws.close()
