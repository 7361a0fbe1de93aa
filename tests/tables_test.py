"""Values named by their table column: cells of delimited files and SQL INSERT values."""
from __future__ import annotations

from codeleak import extract
from codeleak.classify import classify
from codeleak.parse import parse
from codeleak.records import Entity, SourceFile
from codeleak.tables import split_cells


def _entities(path: str, text: str, language: str = "text") -> tuple[list[Entity], bytes]:
    data = text.encode("utf-8")
    return extract.extract(parse(SourceFile(path, language, text, data))), data


def test_cells_are_split_inside_quotes_with_doubled_quotes() -> None:
    line = b'"a","b ""q"" c",  plain ,'
    assert [line[a:b] for a, b in split_cells(line, b",") or []] == [b"a", b'b ""q"" c', b"plain", b""]
    assert split_cells(b'"open,cell', b",") is None


def test_each_cell_is_named_by_its_header_and_maps_to_its_bytes() -> None:
    text = 'id;imię_nazwisko;data_urodzenia\r\n7;"Łucja Ząb";1987-05-21\r\n'
    found, data = _entities("fixtures/klienci.csv", text)
    cells = [(e.kind, e.context, e.value) for e in found]
    assert cells == [("text", "", "id;imię_nazwisko;data_urodzenia"), ("string", "id", "7"),
                     ("string", "imię_nazwisko", "Łucja Ząb"),
                     ("string", "data_urodzenia", "1987-05-21")]
    for e in found:
        assert data[e.start_byte:e.end_byte].decode("utf-8") == e.value
        assert e.line == (1 if e.kind == "text" else 2)


def test_a_file_that_is_no_clean_table_is_read_as_lines() -> None:
    for text in ("a,b\n1,2,3\n", "1,2\n3,4\n", 'a,b\n"x\ny",2\n', "just one column\nvalue\n"):
        found, _ = _entities("data.csv", text)
        assert {e.kind for e in found} == {"text"}, text
    found, _ = _entities("notes.txt", "a,b\n1,2\n")
    assert {e.kind for e in found} == {"text"}


def test_a_birth_date_column_is_personal_data_and_a_created_column_is_not() -> None:
    text = "id,fecha_nacimiento,creado\n1,1975-08-21,2023-01-04\n"
    found, data = _entities("clientes.csv", text)
    result = classify(found, sources={"clientes.csv": data})
    assert [(e.value, e.rule) for e in result if e.sensitive] == [("1975-08-21", "date-of-birth")]


def test_insert_values_are_named_by_their_columns() -> None:
    text = ("INSERT INTO customers (id, full_name, birth_date) VALUES\n"
            "  ('a1', 'Beatriz Oliveira Costa', '1989-07-22'),\n  ('a2', NULL, '1990-01-01');\n"
            "INSERT INTO logs VALUES ('x', '1991-02-03');\n")
    found, _ = _entities("seed.sql", text, "sql")
    named = [(e.context, e.value) for e in found if e.kind == "string"]
    assert named == [("id", "a1"), ("full_name", "Beatriz Oliveira Costa"), ("birth_date", "1989-07-22"),
                     ("id", "a2"), ("birth_date", "1990-01-01"), ("", "x"), ("", "1991-02-03")]
