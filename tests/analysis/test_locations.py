from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from stalkdesk.domain.analysis.locations import (
    LocationFileError,
    exif_fix,
    parse_csv,
    parse_google,
    parse_location_file,
    parse_time,
)


def test_times_uk_day_first_iso_and_bst() -> None:
    assert parse_time("03/03/2024 21:15") == datetime(2024, 3, 3, 21, 15, tzinfo=UTC)  # GMT
    assert parse_time("01/07/2024 00:30:05") == datetime(2024, 6, 30, 23, 30, 5, tzinfo=UTC)  # BST
    assert parse_time("2024-07-01T00:30:00Z") == datetime(2024, 7, 1, 0, 30, tzinfo=UTC)
    assert parse_time("2024-07-01 01:30:00+01:00") == datetime(2024, 7, 1, 0, 30, tzinfo=UTC)
    assert parse_time("2024-07-01T00:30:00") == datetime(2024, 6, 30, 23, 30, tzinfo=UTC)  # naive: UK local
    assert parse_time("27/10/2024 01:30") == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # repeated hour: the first
    with pytest.raises(ValueError, match="clocks went forward"):
        parse_time("31/03/2024 01:30")
    with pytest.raises(ValueError, match="not a date and time"):
        parse_time("yesterday")


def test_generic_csv() -> None:
    text = ("\ufeffTime,Latitude,Longitude,Accuracy\n"
            "03/03/2024 21:15:07,51.5007,-0.1246,12\n"
            "\n"
            "2024-03-03T21:16:00Z,51.5008,-0.1247,\n")
    fixes = parse_csv(text, "suspect.csv")
    assert [(f.seq, f.accuracy_m) for f in fixes] == [(2, 12.0), (4, None)]
    assert fixes[0].at == datetime(2024, 3, 3, 21, 15, 7, tzinfo=UTC) and fixes[1].lon == -0.1247
    assert parse_csv("lat,lng,timestamp\n51.5,-0.12,2024-03-03 21:00\n", "x.csv")[0].lat == 51.5


@pytest.mark.parametrize(("text", "where", "reason"), [
    ("", "line 1", "the file is empty"),
    ("time,lat\n", "line 1", "no lon column"),
    ("time,lat,lon\n03/03/2024 21:15,91,0.1\n", "line 2", "is not a position"),
    ("time,lat,lon\n03/03/2024 21:15,0,0\n", "line 2", "placeholder for no position"),
    ("time,lat,lon\n03/03/2024 21:15,51.5\n", "line 2", "2 columns where the header has 3"),
    ("time,lat,lon\n\n31/02/2024 21:15,51.5,-0.1\n", "line 3", "day is out of range"),
    ("time,lat,lon\n03/03/2024 21:15,north,-0.1\n", "line 2", "could not convert"),
])
def test_csv_problems_name_the_file_line_and_reason(text: str, where: str, reason: str) -> None:
    with pytest.raises(LocationFileError) as info:
        parse_csv(text, "suspect.csv")
    assert str(info.value).startswith(f"suspect.csv, {where}: ") and reason in str(info.value)


def test_google_records_json() -> None:
    doc = {"locations": [
        {"latitudeE7": 515007000, "longitudeE7": -1246000, "accuracy": 20, "timestamp": "2024-03-03T21:15:07.123Z"},
        {"latitudeE7": 515008000, "longitudeE7": 4293721296, "timestampMs": "1709500560000"},  # wrapped negative
    ]}
    fixes = parse_google(json.dumps(doc), "Records.json")
    assert fixes[0].lat == 51.5007 and fixes[0].accuracy_m == 20.0
    assert fixes[0].at == datetime(2024, 3, 3, 21, 15, 7, 123000, tzinfo=UTC)
    assert fixes[1].lon == pytest.approx(-0.1246) and fixes[1].at == datetime(2024, 3, 3, 21, 16, tzinfo=UTC)
    assert [f.seq for f in fixes] == [1, 2]
    bad = {"locations": [doc["locations"][0], {"latitudeE7": 1, "timestamp": "2024-03-03T21:15:07Z"}]}
    with pytest.raises(LocationFileError, match=r"Records.json, record 2: missing 'longitudeE7'"):
        parse_google(json.dumps(bad), "Records.json")


def test_google_timeline_exports() -> None:
    android = {"semanticSegments": [{"startTime": "2024-03-03T21:00:00.000+00:00", "timelinePath": [
        {"point": "51.5007000°, -0.1246000°", "time": "2024-03-03T21:05:00.000+00:00"}]}],
        "rawSignals": [{"position": {"LatLng": "51.5010°, -0.1250°", "accuracyMeters": 9,
                                     "timestamp": "2024-03-03T22:00:00.000+01:00"}}]}
    fixes = parse_google(json.dumps(android), "Timeline.json")
    assert [(f.lat, f.lon, f.accuracy_m) for f in fixes] == [(51.5007, -0.1246, None), (51.501, -0.125, 9.0)]
    assert fixes[1].at == datetime(2024, 3, 3, 21, 0, tzinfo=UTC)
    ios = [{"startTime": "2024-03-03T21:00:00.000Z", "timelinePath": [
        {"point": "geo:51.500700,-0.124600", "durationMinutesOffsetFromStartTime": "12"}]}]
    got = parse_location_file(json.dumps(ios).encode(), "location-history.json")
    assert got[0].at == datetime(2024, 3, 3, 21, 12, tzinfo=UTC) and got[0].lat == 51.5007
    with pytest.raises(LocationFileError, match="not valid JSON"):
        parse_google("{", "x.json")
    with pytest.raises(LocationFileError, match="no location records"):
        parse_google('{"other": 1}', "x.json")


def test_files_are_told_apart_and_must_be_text() -> None:
    assert len(parse_location_file(b"time,lat,lon\n03/03/2024 21:15,51.5,-0.1\n", "a.csv")) == 1
    with pytest.raises(LocationFileError, match="not UTF-8"):
        parse_location_file(b"\xff\xfe\x00", "a.csv")


def test_exif_position_and_time() -> None:
    meta = {"gps": [51.5007, -0.1246], "exif_time": "2024-07-01T00:30:00", "exif_offset": "+01:00"}
    got = exif_fix(meta, seq=4)
    assert got is not None and got.at == datetime(2024, 6, 30, 23, 30, tzinfo=UTC) and got.seq == 4
    assert exif_fix({"gps": None, "exif_time": "2024-07-01T00:30:00"}) is None
    assert exif_fix({"gps": [0, 0], "exif_time": "2024-07-01T00:30:00"}) is None
