"""HL7 v2, X12 and DICOM dump lines read as fields named by their standard."""
from __future__ import annotations

import time

import pytest

from codeleak import health_records
from codeleak.classify import classify
from codeleak.extract import extract
from codeleak.parse import parse
from codeleak.records import SourceFile

HL7 = ("MSH|^~\\&|EPIC|HOSP|||20240315||ADT^A01|1|P|2.5\n"
       "PID|1||MR4471298^^^HOSPMRN^MR~521-33-9087^^^SSA^SS||KOWALCZYK^ANNA^MARIA||19750822|F|||"
       "88 ELM STREET^^SPRINGFIELD^IL^62704||(217)555-2987\n"
       "NK1|1|KOWALCZYK^PIOTR|SPO|88 ELM STREET^^SPRINGFIELD^IL^62704|(217)555-3311\n")
X12 = ("NM1*IL*1*HARGREAVE*THOMAS*J***MI*ZQK778812345~\nN3*1420 MAPLE RIDGE DR~\n"
       "DMG*D8*19680517*M~\nNM1*85*2*SUNRISE CLINIC*****XX*1234567893~\n")
DICOM = ("(0010,0010) PN [HARGREAVE^THOMAS]                  #  16, 1 PatientName\n"
         "(0010,0020) LO [MR7318264]                           #  10, 1 PatientID\n"
         "(0010,0030) DA [19680517]                            #   8, 1 PatientBirthDate\n"
         "(0008,0060) CS [CT]                                  #   2, 1 Modality\n")


def _named(line: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a, b, name in health_records.fields(line) or []:
        out.setdefault(name, []).append(line[a:b])
    return out


def test_hl7_fields_are_named_by_their_position() -> None:
    pid = _named(HL7.splitlines()[1])
    assert pid["patient_id"] == ["MR4471298"] and pid["ssn"] == ["521-33-9087"]
    assert pid["patient_name"] == ["KOWALCZYK^ANNA^MARIA"] and pid["date_of_birth"] == ["19750822"]
    assert pid["address"] == ["88 ELM STREET"] and pid["phone"] == ["(217)555-2987"]
    assert health_records.fields(HL7.splitlines()[0]) == []  # the header names no person


def test_x12_segments_name_people_but_not_organisations() -> None:
    lines = X12.splitlines()
    assert _named(lines[0]) == {"patient_name": ["HARGREAVE*THOMAS*J"], "member_id": ["ZQK778812345"]}
    assert _named(lines[1]) == {"address": ["1420 MAPLE RIDGE DR"]}
    assert _named(lines[2]) == {"date_of_birth": ["19680517"]}
    assert "patient_name" not in _named(lines[3]) and "member_id" not in _named(lines[3])


def test_dicom_dump_values_are_named_by_their_keyword_or_tag() -> None:
    assert _named(DICOM.splitlines()[0]) == {"PatientName": ["HARGREAVE^THOMAS"]}
    assert _named("(0010,0030) DA [19680517]") == {"PatientBirthDate": ["19680517"]}
    assert _named("(0010, 0010) Patient's Name                      PN: 'DOE^JANE'") == \
        {"PatientsName": ["DOE^JANE"]}


@pytest.mark.parametrize("line", ["Hello | world", "a*b", "PIDX|1|2", "(0010,0010) is a tag", ""])
def test_other_lines_are_not_records(line: str) -> None:
    assert health_records.fields(line) is None


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("adt.hl7", HL7, {"MR4471298", "521-33-9087", "KOWALCZYK^ANNA^MARIA", "19750822", "88 ELM STREET",
                      "(217)555-2987", "KOWALCZYK^PIOTR", "(217)555-3311"}),
    ("claim.x12", X12, {"HARGREAVE*THOMAS*J", "ZQK778812345", "1420 MAPLE RIDGE DR", "19680517"}),
    ("ct.txt", DICOM, {"HARGREAVE^THOMAS", "MR7318264", "19680517"}),
])
def test_personal_data_in_health_records_is_found(name: str, text: str, expected: set[str]) -> None:
    parsed = parse(SourceFile(name, "text", text, text.encode()))
    entities = classify(extract(parsed), sources={name: text.encode()})
    found = {e.value for e in entities if e.category == "pii"}
    assert expected <= found
    assert not {"SUNRISE CLINIC", "1234567893", "CT", "EPIC"} & {e.value for e in entities if e.sensitive}
    data = text.encode()
    assert all(data[e.start_byte:e.end_byte].decode() == e.value for e in entities)


@pytest.mark.parametrize("unit", ["(0010,0010) PN [", "PID|1||", "NM1*IL*1*A*B~", "(0010, 0010) Name  "])
def test_a_long_line_is_read_in_linear_time(unit: str) -> None:
    line = unit * (500_000 // len(unit))  # a 500 kB line: a value read to its end from every tag was quadratic
    start = time.perf_counter()
    health_records.fields(line)
    assert time.perf_counter() - start < 5
