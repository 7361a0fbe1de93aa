from __future__ import annotations

from codeleak.repos import is_named, names


def test_a_repository_is_named_by_its_folder() -> None:
    assert names(["/src/repoA", "/work/repoB", "", "/src/repoA"]) \
        == {"/src/repoA": "repoA", "/work/repoB": "repoB"}


def test_folders_of_one_name_are_told_apart_by_their_parents() -> None:
    assert names(["/a/org1/api", "/b/org2/api", "/c/web"]) \
        == {"/a/org1/api": "org1/api", "/b/org2/api": "org2/api", "/c/web": "web"}
    assert names(["/x/a/b", "/a/b"]) == {"/x/a/b": "x/a/b", "/a/b": "/a/b"}


def test_a_root_answers_to_its_last_components() -> None:
    assert is_named("/src/org1/api", "api") and is_named("/src/org1/api", "org1/api")
    assert not is_named("/src/org1/api", "org2/api") and not is_named("/src/api", "ap")
    assert not is_named("", "api") and not is_named("/src/api", "")
