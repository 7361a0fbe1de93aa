"""Validators for national identity and bank numbers: structure, encoded dates and check digits.

Each `NAME_ok(value)` says whether value, as written, is a well-formed number of its kind: the
usual separators (only where they are customarily written), the official layout, any date it
encodes, and its check digit(s). Obvious placeholders are refused even where their check digit
happens to work out: a body of one digit repeated, an ascending or descending run of digits
(123456789, 9876543210), name letters all one letter (AAAA010101AAA), and the generic RFCs that
SAT assigns to the public at large. Letters may be written in either case. Stdlib only.
"""
from __future__ import annotations

import calendar
import re
import string
from collections.abc import Sequence

_CHARS = frozenset(string.ascii_letters + string.digits + "ñÑ&")

# Mexican check-digit alphabets: a character's value is its index (RFC adds space and Ñ).
_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
_RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def valid_date(year: int, month: int, day: int) -> bool:
    """True when year-month-day is a day of the proleptic Gregorian calendar, year 1 to 9999."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _compact(value: str, breaks: Sequence[int], seps: str) -> str | None:
    """value without surrounding whitespace and separators, upper-cased; None when a separator
    is out of place or a character is not an ASCII letter, digit, Ñ or &.

    A separator is one character of seps standing alone at one of the offsets in breaks (counted
    in characters kept, so never first or last); all separators in one value are the same
    character. Any subset of the breaks may be used."""
    kept: list[str] = []
    used, last_at = "", -1
    for ch in value.strip():
        if ch in seps:
            at = len(kept)
            if at not in breaks or at == last_at or used not in ("", ch):
                return None
            used, last_at = ch, at
        elif ch in _CHARS:
            kept.append(ch)
        else:
            return None
    return "".join(kept).upper()


def _is_digits(value: str, length: int) -> bool:
    """True when value is exactly length ASCII digits."""
    return len(value) == length and all(ch in string.digits for ch in value)


def _placeholder_digits(body: str) -> bool:
    """True when the digits in body are one digit repeated, or each is one more (or each one
    less) than the one before it, modulo 10: 0000..., 1234567890..., 9876543210..."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(body, body[1:])}
    return len(steps) <= 1 and steps <= {0, 1, 9}


def _placeholder_letters(letters: str) -> bool:
    """True when the name letters of a code are all one letter (AAAAAA, XXXX)."""
    return len(set(letters)) <= 1


# --- Italy: codice fiscale ---------------------------------------------------------------------

_CF_MONTHS = "ABCDEHLMPRST"
_CF_OMOCODES = "LMNPQRSTUV"  # stand for 0..9 where a digit was replaced (omocodia)
_CF_DIGIT_SLOTS = (6, 7, 9, 10, 12, 13, 14)
_CF_RE = re.compile(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}"
                    r"[A-MZ][0-9LMNPQRSTUV]{3}[A-Z]")
# Value of a character in an odd (1st, 3rd, ...) position; digit d counts as the d-th letter.
_CF_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
           25, 24, 23)


def _cf_index(ch: str) -> int:
    """0-9 for a digit, 0-25 for a letter A-Z: the row of ch in the check-letter tables."""
    return int(ch) if ch in string.digits else ord(ch) - ord("A")


def _cf_check(body: str) -> str:
    """Check letter of the first 15 characters: odd positions through the odd table, even
    positions at their plain value, the sum modulo 26 as a letter."""
    total = sum(_CF_ODD[_cf_index(ch)] if i % 2 == 0 else _cf_index(ch)
                for i, ch in enumerate(body))
    return chr(ord("A") + total % 26)


def _cf_digits(code: str) -> str | None:
    """The seven numeric characters of a codice fiscale with omocodia undone, or None when the
    substitutions do not run from the right (the last digit is replaced first, then leftwards)."""
    slots = [code[i] for i in _CF_DIGIT_SLOTS]
    replaced = [ch in _CF_OMOCODES for ch in slots]
    if replaced != sorted(replaced):
        return None
    return "".join(str(_CF_OMOCODES.index(ch)) if ch in _CF_OMOCODES else ch for ch in slots)


def codice_fiscale_ok(value: str) -> bool:
    """Italian codice fiscale of a person: 16 characters, six surname/name letters, two-digit
    year, month letter (ABCDEHLMPRST), two-digit day (plus 40 for women), place code (a letter
    A-M, or Z for a foreign country, and three digits), and the check letter from the odd/even
    tables modulo 26. Digits may be replaced by LMNPQRSTUV (omocodia), from the right. Spaces
    are allowed after the 3rd, 6th and 11th characters ("RSS MRA 85T10 A562S")."""
    code = _compact(value, (3, 6, 11), " ")
    if code is None or len(code) != 16 or not _CF_RE.fullmatch(code):
        return False
    digits = _cf_digits(code)
    if digits is None or _placeholder_letters(code[:6]):
        return False
    day = int(digits[2:4])
    day = day - 40 if day > 40 else day
    # The century is not written: 2000+yy is a leap year whenever 19yy or 20yy could be.
    if not valid_date(2000 + int(digits[:2]), _CF_MONTHS.index(code[8]) + 1, day):
        return False
    return code[15] == _cf_check(code[:15])


# --- Poland: PESEL -----------------------------------------------------------------------------

_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
_PESEL_CENTURY = {80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200}


def _pesel_date_ok(digits: str) -> bool:
    """True when YYMMDD, with the month offset by 80/0/20/40/60 for the 1800s to the 2200s,
    is a real date."""
    month = int(digits[2:4])
    century = _PESEL_CENTURY[month // 20 * 20]
    return valid_date(century + int(digits[:2]), month % 20, int(digits[4:6]))


def pesel_ok(value: str) -> bool:
    """Polish PESEL: 11 digits, a birth date YYMMDD whose month carries the century offset
    (+80 for 18xx, +0 for 19xx, +20 for 20xx, +40 for 21xx, +60 for 22xx), and a check digit
    (10 - sum of the first ten digits weighted 1,3,7,9,... mod 10) mod 10. One space is allowed
    between the date and the serial ("440514 01359")."""
    digits = _compact(value, (6,), " ")
    if digits is None or not _is_digits(digits, 11) or _placeholder_digits(digits[:10]):
        return False
    if not _pesel_date_ok(digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits, _PESEL_WEIGHTS))
    return int(digits[10]) == (10 - total % 10) % 10


# --- Mexico: CURP, RFC, CLABE ------------------------------------------------------------------

_CURP_STATES = frozenset("AS BC BS CC CH CL CM CS DF DG GR GT HG JC MC MN MS NE NL NT OC PL QR "
                         "QT SL SP SR TC TL TS VZ YN ZS".split())
_CURP_RE = re.compile(r"[A-Z]{4}[0-9]{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]")


def _curp_check(body: str) -> str:
    """CURP check digit of the first 17 characters: values from the 37-character alphabet
    weighted 18 down to 2, then (10 - sum mod 10) mod 10."""
    total = sum(_CURP_ALPHABET.index(ch) * (18 - i) for i, ch in enumerate(body))
    return str((10 - total % 10) % 10)


def curp_ok(value: str) -> bool:
    """Mexican CURP: 18 characters, four name letters, birth date YYMMDD (19yy when the 17th
    character is a digit, 20yy when it is a letter), sex H, M or X, a state code from the
    official list (NE for born abroad), three name consonants, that 17th character, and the
    check digit over the first 17 (alphabet 0-9 A-N & O-Z, weights 18..2, mod 10). No
    separators: a CURP is written in one piece."""
    code = _compact(value, (), "")
    if code is None or len(code) != 18 or not _CURP_RE.fullmatch(code):
        return False
    if code[11:13] not in _CURP_STATES or _placeholder_letters(code[:4]):
        return False
    century = 1900 if code[16] in string.digits else 2000
    if not valid_date(century + int(code[4:6]), int(code[6:8]), int(code[8:10])):
        return False
    return code[17] == _curp_check(code[:17])


_RFC_PERSON_RE = re.compile(r"[A-ZÑ&]{4}[0-9]{6}[1-9A-V][1-9A-Z][0-9A]")
_RFC_COMPANY_RE = re.compile(r"[A-ZÑ&]{3}[0-9]{6}[1-9A-V][1-9A-Z][0-9A]")
_RFC_GENERIC = frozenset({"XAXX010101000", "XEXX010101000"})


def _rfc_check(body: str) -> str:
    """RFC check character of the first 11 (company) or 12 (person) characters: left-padded
    with spaces to 12, values from the RFC alphabet weighted 13 down to 2; with r = sum mod 11,
    '0' when r is 0, else 11 - r written as a digit or, for 10, as 'A'."""
    padded = body.rjust(12)
    total = sum(_RFC_ALPHABET.index(ch) * (13 - i) for i, ch in enumerate(padded))
    return _RFC_ALPHABET[(11 - total % 11) % 11]


def _rfc_compact(value: str) -> str | None:
    """The RFC in value without separators: a space or dash is allowed after the name letters
    and after the date, at the places that fit a person's (13) or a company's (12) RFC."""
    person = _compact(value, (4, 10), " -")
    if person is not None and len(person) == 13:
        return person
    company = _compact(value, (3, 9), " -")
    return company if company is not None and len(company) == 12 else None


def rfc_ok(value: str) -> bool:
    """Mexican RFC: a person's (four name letters, birth date YYMMDD, homoclave) or a company's
    (three letters, incorporation date YYMMDD, homoclave); letters include Ñ and &. The homoclave
    is two characters then the check character over the 12 (person) or 11 (company) before it,
    a company's padded with a leading space: SAT alphabet 0-9 A-N & O-Z space Ñ, weights 13..2,
    mod 11, 10 written 'A'. A space or dash may separate the three parts ("GODE-561231-GR8").
    The generic RFCs XAXX010101000 and XEXX010101000 are refused."""
    code = _rfc_compact(value)
    if code is None or code in _RFC_GENERIC:
        return False
    regex = _RFC_PERSON_RE if len(code) == 13 else _RFC_COMPANY_RE
    if not regex.fullmatch(code):
        return False
    letters, date = code[:-9], code[-9:-3]
    if _placeholder_letters(letters):
        return False
    if not valid_date(2000 + int(date[:2]), int(date[2:4]), int(date[4:6])):
        return False
    return code[-1] == _rfc_check(code[:-1])


_CLABE_WEIGHTS = (3, 7, 1) * 6


def clabe_ok(value: str) -> bool:
    """Mexican CLABE bank account: 18 digits (bank 3, branch 3, account 11, check 1), the check
    digit (10 - sum of the first 17 digits weighted 3,7,1,... mod 10) mod 10. A space or dash may
    separate the four parts ("032 180 00011835971 9")."""
    digits = _compact(value, (3, 6, 17), " -")
    if digits is None or not _is_digits(digits, 18) or _placeholder_digits(digits[:17]):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:17], _CLABE_WEIGHTS))
    return int(digits[17]) == (10 - total % 10) % 10


# --- Japan: My Number --------------------------------------------------------------------------


def _my_number_check(body: str) -> int:
    """Check digit of 11 digits: the n-th digit from the right (n = 1..11) weighted n + 1 for
    n <= 6 and n - 5 for n >= 7; with r = sum mod 11, 0 when r <= 1, else 11 - r."""
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5)
                for n, d in enumerate(reversed(body), start=1))
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def my_number_ok(value: str) -> bool:
    """Japanese individual number (My Number, kojin bango): 12 digits whose last is the check
    digit of the first 11 (weights 2..7 then 2..6 from the right, mod 11). A space or dash may
    separate the groups of four ("1234 5678 9018")."""
    digits = _compact(value, (4, 8), " -")
    if digits is None or not _is_digits(digits, 12) or _placeholder_digits(digits[:11]):
        return False
    return int(digits[11]) == _my_number_check(digits[:11])


# --- Portugal: NIF -----------------------------------------------------------------------------

# Leading digits of assigned NIFs: 1-3 people, 45 non-resident people, 5 companies, 6 public
# bodies, 7x estates, funds and special cases, 8 sole traders (old), 9x condominiums and others.
_NIF_PT_PREFIXES = ("1", "2", "3", "45", "5", "6", "70", "71", "72", "74", "75", "77", "78",
                    "79", "8", "90", "91", "98", "99")


def nif_pt_ok(value: str) -> bool:
    """Portuguese NIF (número de identificação fiscal): 9 digits starting with an assigned
    prefix (1, 2, 3, 45, 5, 6, 70-72, 74, 75, 77-79, 8, 90, 91, 98, 99), the last being
    11 - (first eight weighted 9..2 mod 11), or 0 where that is 10 or 11. Spaces or dots may
    separate the groups of three ("501 964 843")."""
    digits = _compact(value, (3, 6), " .")
    if digits is None or not _is_digits(digits, 9) or _placeholder_digits(digits[:8]):
        return False
    if not digits.startswith(_NIF_PT_PREFIXES):
        return False
    total = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1)))
    check = 11 - total % 11
    return int(digits[8]) == (0 if check >= 10 else check)


# --- China, Taiwan, Korea, Singapore, India --------------------------------------------------

_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def china_id_ok(value: str) -> bool:
    """Chinese resident identity number: 18 characters, a 6-digit region, a birth date
    YYYYMMDD, 3 digits and an ISO 7064 MOD 11-2 check character (0-9 or X)."""
    v = value.strip().upper()
    if not re.fullmatch(r"[1-9]\d{16}[\dX]", v) or _placeholder_digits(v[:17]):
        return False
    if not valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14])) or not 1900 <= int(v[6:10]) <= 2099:
        return False
    total = sum(int(d) * w for d, w in zip(v[:17], _CN_WEIGHTS))
    return "10X98765432"[total % 11] == v[17]


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... in the official order


def taiwan_id_ok(value: str) -> bool:
    """Taiwanese national identification number: a region letter, 1 or 2 (sex), 8 digits, the
    letter's two-digit value and the digits weighted 1,9,8,...,1 summing to a multiple of 10."""
    v = value.strip().upper()
    if not re.fullmatch(r"[A-Z][12]\d{8}", v) or _placeholder_digits(v[1:]):
        return False
    code = _TW_LETTERS.index(v[0]) + 10
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(v[1:9], range(8, 0, -1))) \
        + int(v[9])
    return total % 10 == 0


def korea_rrn_ok(value: str) -> bool:
    """Korean resident registration number YYMMDD-SNNNNNC: a birth date, a sex / century digit
    1-4 and the check digit (weights 2..9,2..5, 11 - sum mod 11, mod 10). Numbers issued since
    October 2020 carry no check, so a date and sex digit alone are accepted only with the dash."""
    v = value.strip()
    m = re.fullmatch(r"(\d{6})-?([1-4])(\d{5})(\d)", v)
    if not m or _placeholder_digits(m.group(1) + m.group(3)):
        return False
    century = 1900 if m.group(2) in "12" else 2000
    if not valid_date(century + int(v[:2]), int(v[2:4]), int(v[4:6])):
        return False
    digits = re.sub(r"\D", "", v)
    total = sum(int(d) * w for d, w in zip(digits[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    return (11 - total % 11) % 10 == int(digits[12])


def nric_ok(value: str) -> bool:
    """Singapore NRIC / FIN: S, T, F, G or M, 7 digits and the check letter of their weighted
    sum (weights 2,7,6,5,4,3,2; +4 for T and G, +3 for M)."""
    v = value.strip().upper()
    if not re.fullmatch(r"[STFGM]\d{7}[A-Z]", v) or _placeholder_digits(v[1:8]):
        return False
    total = sum(int(d) * w for d, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2)))
    total += {"T": 4, "G": 4, "M": 3}.get(v[0], 0)
    table = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK",
             "M": "KLJNPQRTUWX"}[v[0]]
    return table[total % 11] == v[8]


# Verhoeff's dihedral-group multiplication (_D) and position permutation (_P) tables
_D = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
      (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
      (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
      (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_P = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
      (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
      (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))


def aadhaar_ok(value: str) -> bool:
    """Indian Aadhaar number: 12 digits not starting with 0 or 1, the last a Verhoeff check
    digit; written whole or in groups of four ("5824 4301 7519")."""
    digits = _compact(value, (4, 8), " -")
    if digits is None or not _is_digits(digits, 12) or digits[0] in "01" or _placeholder_digits(digits[:11]):
        return False
    check = 0
    for i, d in enumerate(reversed(digits)):
        check = _D[check][_P[i % 8][int(d)]]
    return check == 0
