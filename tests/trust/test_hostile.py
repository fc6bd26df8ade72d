"""Garbage in the store's own parsers (key file, backup file, database file and its WAL)
is refused with a StoreError and a message: never another exception, never a hang.

Property-based (hypothesis), short here; scripts/soak.py runs a long mutation loop over
the same targets (tests/trust/fuzz.py). Inputs that once escaped as raw exceptions were
found here and fixed; they stay below as regression cases."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stalkdesk.errors import StoreError
from tests.trust import fuzz

FAST = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
SLOW = settings(FAST, max_examples=25)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[fuzz.Seeds]:
    yield fuzz.make_seeds(tmp_path_factory.mktemp("seeds"))


def refused_or_accepted(seeds: fuzz.Seeds, target: str, data: bytes) -> None:
    run, _ = fuzz.TARGETS[target]
    try:
        run(seeds, data)
    except StoreError as exc:
        assert str(exc).strip().endswith("."), f"{type(exc).__name__} without a proper message: {exc!r}"


def flipped(data: bytes, positions: list[int]) -> bytes:
    out = bytearray(data)
    for p in positions:
        out[p % len(out)] ^= 1 << (p % 8)
    return bytes(out)


def rezip(original: bytes, member: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[member] = content
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


# The key file.

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


@FAST
@given(data=st.binary(max_size=2048))
@example(data=b"")
@example(data=b"\xff\xfe{")
def test_key_file_from_arbitrary_bytes(seeds: fuzz.Seeds, data: bytes) -> None:
    refused_or_accepted(seeds, "key file (file)", data)


@FAST
@given(field=st.sampled_from(["format", "store_id", "kdf", "passphrase_slot", "recovery", "recovery_slot",
                              "kdf.time_cost", "kdf.memory_kib", "kdf.parallelism", "kdf.salt", "recovery.salt"]),
       value=json_values)
def test_key_file_with_any_field_replaced(seeds: fuzz.Seeds, field: str, value: object) -> None:
    doc = json.loads(seeds.keys)
    *parents, last = field.split(".")
    holder = doc
    for p in parents:
        holder = holder[p]
    holder[last] = value
    refused_or_accepted(seeds, "key file (text)", json.dumps(doc).encode())


@FAST
@given(positions=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=3))
def test_key_file_with_bits_flipped(seeds: fuzz.Seeds, positions: list[int]) -> None:
    refused_or_accepted(seeds, "key file (text)", flipped(seeds.keys, positions))


# A backup file.


@FAST
@given(data=st.binary(max_size=4096))
@example(data=b"PK\x05\x06" + bytes(18))  # an empty zip
def test_backup_from_arbitrary_bytes(seeds: fuzz.Seeds, data: bytes) -> None:
    refused_or_accepted(seeds, "backup manifest", data)
    refused_or_accepted(seeds, "backup verify", data)


def member_span(backup: bytes, name: str) -> tuple[int, int]:
    """Where a stored member's bytes lie in the zip file."""
    with zipfile.ZipFile(io.BytesIO(backup)) as zf:
        info = zf.getinfo(name)
    header = info.header_offset
    name_len = int.from_bytes(backup[header + 26:header + 28], "little")
    extra_len = int.from_bytes(backup[header + 28:header + 30], "little")
    start = header + 30 + name_len + extra_len
    return start, start + info.compress_size


@SLOW
@given(positions=st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=4))
def test_backup_with_its_database_altered(seeds: fuzz.Seeds, positions: list[int]) -> None:
    # Altered and re-zipped (so the zip's own CRC still matches; bit rot that the CRC
    # catches is in KNOWN below).
    with zipfile.ZipFile(io.BytesIO(seeds.backup)) as zf:
        database = zf.read("stalkdesk.db")
    refused_or_accepted(seeds, "backup verify", rezip(seeds.backup, "stalkdesk.db", flipped(database, positions)))


@SLOW
@given(cut=st.integers(min_value=0, max_value=10**7))
def test_backup_cut_short(seeds: fuzz.Seeds, cut: int) -> None:
    refused_or_accepted(seeds, "backup verify", seeds.backup[: cut % len(seeds.backup)])


@SLOW
@given(member=st.sampled_from(["stalkdesk.db", "stalkdesk.keys"]), content=st.binary(max_size=8192))
def test_backup_with_a_member_replaced(seeds: fuzz.Seeds, member: str, content: bytes) -> None:
    refused_or_accepted(seeds, "backup verify", rezip(seeds.backup, member, content))


@FAST
@given(manifest=st.dictionaries(st.sampled_from(["format", "tables", "database_sha256", "store_id", "schema"]),
                                json_values, max_size=5))
def test_backup_with_any_manifest_object(seeds: fuzz.Seeds, manifest: dict[str, object]) -> None:
    manifest.setdefault("format", "stalkdesk-backup/1")
    manifest.setdefault("database_sha256", "0" * 64)  # without it: see KNOWN below
    refused_or_accepted(seeds, "backup verify", rezip(seeds.backup, "manifest.json", json.dumps(manifest).encode()))


# The database file and its WAL.


@SLOW
@given(data=st.binary(max_size=16384))
@example(data=b"")
@example(data=b"SQLite format 3\x00" + bytes(4080))
def test_database_from_arbitrary_bytes(seeds: fuzz.Seeds, data: bytes) -> None:
    refused_or_accepted(seeds, "database file", data)


@SLOW
@given(positions=st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=4),
       cut=st.none() | st.integers(min_value=0, max_value=10**7))
def test_database_damaged_anywhere(seeds: fuzz.Seeds, positions: list[int], cut: int | None) -> None:
    data = flipped(seeds.database, positions)
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    refused_or_accepted(seeds, "database file", data)


@SLOW
@given(positions=st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=4),
       cut=st.none() | st.integers(min_value=0, max_value=10**7))
@example(positions=[40], cut=None)  # the WAL header
def test_wal_damaged_anywhere(seeds: fuzz.Seeds, positions: list[int], cut: int | None) -> None:
    data = flipped(seeds.wal, positions)
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    refused_or_accepted(seeds, "database WAL", data)


# Hostile inputs that once escaped as raw exceptions (found by this suite, since fixed).

KNOWN = [
    pytest.param("key file (text)", b"[" * 100_000, id="keyfile-deep-nesting"),
    pytest.param("key file (text)", b"kdf-infinity", id="keyfile-infinite-cost"),
    pytest.param("backup manifest", b"manifest:[1]", id="manifest-not-an-object"),
    pytest.param("backup manifest", b"manifest:deep", id="manifest-deep-nesting"),
    pytest.param("backup verify", b"manifest:no-sha", id="manifest-without-database-sha256"),
    pytest.param("backup verify", b"zip:rot", id="backup-bit-rot-in-database"),
    pytest.param("backup verify", b"zip:flip-0", id="backup-zip-header-damaged"),
    pytest.param("backup verify", b"keys:deep", id="backup-keys-deep-nesting"),
]


@pytest.mark.parametrize(("target", "recipe"), KNOWN)
def test_known_hostile_inputs(seeds: fuzz.Seeds, target: str, recipe: bytes) -> None:
    if recipe == b"kdf-infinity":
        data = seeds.keys.replace(b'"time_cost": 1', b'"time_cost": 1e999')
    elif recipe == b"manifest:[1]":
        data = rezip(seeds.backup, "manifest.json", b"[1]")
    elif recipe == b"manifest:deep":
        data = rezip(seeds.backup, "manifest.json", b"[" * 100_000)
    elif recipe == b"manifest:no-sha":
        data = rezip(seeds.backup, "manifest.json", json.dumps({"format": "stalkdesk-backup/1", "tables": {}}).encode())
    elif recipe == b"zip:rot":
        start, end = member_span(seeds.backup, "stalkdesk.db")
        data = flipped(seeds.backup, [(start + end) // 2])
    elif recipe == b"zip:flip-0":
        data = flipped(seeds.backup, [1])  # the first local header's signature
    elif recipe == b"keys:deep":
        data = rezip(seeds.backup, "stalkdesk.keys", b"[" * 100_000)
    else:
        data = recipe
    refused_or_accepted(seeds, target, data)


def test_refusal_messages_name_the_file(seeds: fuzz.Seeds) -> None:
    path = Path(seeds.folder / "fuzz.keys")
    with pytest.raises(StoreError, match=r"fuzz\.keys"):
        fuzz.keyfile_file(seeds, b"garbage")
    assert path.exists()
