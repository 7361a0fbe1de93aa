"""Fields of healthcare interchange formats, named by the standard: HL7 v2 segments, X12 (837,
835, 270/271) segments and DICOM header dumps.

Read as a line of text, `PID|1||MR4471298^^^MRN^MR||TREVIÑO^MARÍA||19580314|F|||...` is a
string of bars: nothing says which part is a name or a date of birth, and a rule that needs a
name (a date of birth, an address, an identifier) cannot see it. The standards say what each
position holds (PID-5 is the patient's name, DMG-02 a date of birth, DICOM tag (0010,0030) the
birth date), so each field becomes a string entity named by its position, as a table cell is
named by its column (codeleak/tables.py). Fields the standard leaves unnamed here (free text of
an OBX or NTE, a diagnosis) are string entities without a name, which the unnamed rules read.
"""
from __future__ import annotations

import re

# (start, end, name) of a field inside a line; name "" for a field read without a name
Field = tuple[int, int, str]

_HL7_SEGMENT = re.compile(r"(?:MSH|PID|PD1|NK1|PV1|PV2|GT1|IN1|IN2|OBR|OBX|NTE|DG1|AL1|ORC|EVN|MRG|"
                          r"SCH|AIP|RXE|RXO|TXA|ZPI)\|")
# HL7 v2 field positions (1-based after the segment id) that hold personal data
_HL7_NAMES: dict[str, dict[int, str]] = {
    "PID": {2: "patient_id", 3: "patient_id", 4: "patient_id", 5: "patient_name", 6: "patient_name",
            7: "date_of_birth", 9: "patient_name", 11: "address", 13: "phone", 14: "phone",
            18: "account_number", 19: "ssn", 20: "driver_license", 21: "patient_id"},
    "NK1": {2: "contact_name", 4: "address", 5: "phone", 6: "phone"},
    "GT1": {2: "patient_id", 3: "guarantor_name", 5: "address", 6: "phone", 7: "phone",
            8: "date_of_birth", 12: "ssn"},
    "IN1": {16: "insured_name", 18: "date_of_birth", 19: "address", 36: "policy_number",
            49: "member_id"},
    "MRG": {1: "patient_id", 4: "patient_id", 7: "patient_name"},
}
_X12_SEGMENT = re.compile(r"(?:NM1|N3|N4|DMG|REF|PER|CLM|CLP|SBR|HI|NTE|ISA|GS|ST|BHT|HL|INS|DTP)\*")
# X12 reference qualifiers (REF01, NM108) whose value identifies a person
_X12_PERSON_IDS = {"MI": "member_id", "34": "ssn", "SY": "ssn", "1W": "member_id", "0F": "member_id",
                   "IG": "policy_number", "EA": "patient_id", "HN": "member_id", "II": "member_id"}
# a dcmdump line `(0010,0010) PN [DOE^JOHN]  # 8, 1 PatientName`, or pydicom's
# `(0010, 0010) Patient's Name   PN: 'DOE^JOHN'`
# (every part bounded, so that a long line of tags is read in linear time)
_DCMDUMP = re.compile(r"\((?P<group>[0-9A-Fa-f]{4}),(?P<element>[0-9A-Fa-f]{4})\)[ \t]{1,8}[A-Z]{2}[ \t]{1,8}"
                      r"\[(?P<value>[^\]\n]{0,200})\]"
                      r"(?:[^#\n]{0,80}#[^A-Za-z\n]{0,40}(?P<keyword>[A-Za-z][A-Za-z0-9]{0,60}))?")
_PYDICOM = re.compile(r"\((?P<group>[0-9A-Fa-f]{4}),[ \t]?(?P<element>[0-9A-Fa-f]{4})\)[ \t]{1,8}"
                      r"(?P<keyword>[A-Za-z][A-Za-z' ]{0,60}?)[ \t]{2,40}[A-Z]{2}:[ \t]{0,8}"
                      r"(?P<q>['\"]?)(?P<value>[^'\"\n]{0,200})(?P=q)[ \t]*$")
# what the tags of patient and physician data are called where a dump leaves the name out
_DICOM_TAGS = {"00100010": "PatientName", "00100020": "PatientID", "00100030": "PatientBirthDate",
               "00101000": "OtherPatientIDs", "00101001": "OtherPatientNames",
               "00101040": "PatientAddress", "00102154": "PatientTelephoneNumbers",
               "00101060": "PatientMotherBirthName", "00080090": "ReferringPhysicianName",
               "00081050": "PerformingPhysicianName", "00321032": "RequestingPhysician",
               "001021B0": "AdditionalPatientHistory", "00380010": "AdmissionID"}


def fields(line: str) -> list[Field] | None:
    """The fields of one line of an HL7 v2, X12 or DICOM dump file, each (start, end, name), or
    None when the line is none of these."""
    stripped = line.lstrip()
    lead = len(line) - len(stripped)
    if _HL7_SEGMENT.match(stripped):
        return [(lead + a, lead + b, name) for a, b, name in _hl7(stripped) if _kept(stripped[a:b], name)]
    if _X12_SEGMENT.match(stripped) and ("~" in stripped or stripped.count("*") >= 2):
        return [(lead + a, lead + b, name) for a, b, name in _x12(stripped) if _kept(stripped[a:b], name)]
    dicom = _DCMDUMP.search(line) or _PYDICOM.search(line)
    if dicom:
        return _dicom(dicom)
    return None


def _kept(value: str, name: str) -> bool:
    """A field worth an entity: a named one, or an unnamed one that is more than a code (`F`,
    `ST`, `1`, `20240315`)."""
    return bool(name) or (len(value) >= 4 and not value.isdigit())


def _spans(text: str, sep: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of text[start:end] split at sep."""
    end = len(text) if end is None else end
    out, k = [], start
    while True:
        cut = text.find(sep, k, end)
        if cut < 0:
            out.append((k, end))
            return out
        out.append((k, cut))
        k = cut + 1


def _hl7(line: str) -> list[Field]:
    segment = line[:3]
    if segment == "MSH":
        return []  # the header: application and facility names, no person
    names = _HL7_NAMES.get(segment, {})
    out: list[Field] = []
    for index, (a, b) in enumerate(_spans(line, "|")[1:], start=1):
        name = names.get(index, "")
        for ra, rb in _spans(line, "~", a, b):  # repetitions of a field
            if ra == rb:
                continue
            if name in ("patient_id", "member_id", "policy_number", "account_number"):
                components = _spans(line, "^", ra, rb)
                ca, cb = components[0]  # CX: the identifier, then its authority and type
                kind = line[components[4][0]:components[4][1]] if len(components) > 4 else ""
                if cb > ca:
                    out.append((ca, cb, "ssn" if kind == "SS" else name))
            elif name == "date_of_birth":
                out.append((ra, min(rb, ra + 8), name))  # YYYYMMDD[HHMM]
            elif name in ("address", "phone"):
                ca, cb = _spans(line, "^", ra, rb)[0]  # street / number first
                if cb > ca:
                    out.append((ca, cb, name))
            else:
                out.append((ra, rb, name))
    return out


def _x12(line: str) -> list[Field]:
    out: list[Field] = []
    for sa, sb in _spans(line, "~"):
        elements = _spans(line, "*", sa, sb)
        if len(elements) < 2:
            continue
        tag = line[elements[0][0]:elements[0][1]].strip()
        value = [line[a:b] for a, b in elements]
        if tag == "NM1":
            if len(elements) > 4 and value[2] == "1":  # a person: last*first*middle as one name
                last = elements[min(5, len(elements) - 1)][1]
                out.append((elements[3][0], last, "patient_name"))
            # NM108 / NM109: the identifier's qualifier and the identifier (looked for past
            # NM108's place too: files with one separator too many are common)
            qualifier = next((k for k in range(8, len(elements) - 1) if value[k]), 0)
            if qualifier and value[qualifier] in _X12_PERSON_IDS:
                out.append((*elements[qualifier + 1], _X12_PERSON_IDS[value[qualifier]]))
        elif tag == "N3":
            out += [(a, b, "address") for a, b in elements[1:3] if b > a]
        elif tag == "DMG" and len(elements) > 2:
            out.append((*elements[2], "date_of_birth"))
        elif tag == "REF" and len(elements) > 2 and value[1] in _X12_PERSON_IDS:
            out.append((*elements[2], _X12_PERSON_IDS[value[1]]))
        elif tag == "PER":
            out += [(elements[k][0], elements[k][1], "contact_name") for k in (2,) if len(elements) > k]
            out += [(*elements[k + 1], "phone" if value[k] in ("TE", "HP", "WP", "CP") else
                     "email" if value[k] == "EM" else "") for k in (3, 5, 7) if len(elements) > k + 1]
        else:
            out += [(a, b, "") for a, b in elements[1:] if b > a and not line[a:b].isdigit()]
    return [(a, b, name) for a, b, name in out if b > a]


def _dicom(m: re.Match[str]) -> list[Field]:
    a, b = m.span("value")
    if b <= a:
        return []
    keyword = (m.group("keyword") or _DICOM_TAGS.get((m.group("group") + m.group("element")).upper(), ""))
    return [(a, b, keyword.replace("'", "").replace(" ", ""))]
