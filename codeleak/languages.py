"""Which language a file is written in, by name or extension, and its tree-sitter grammar."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True)
class Language:
    name: str  # folder under grammars/
    grammar: str  # name in tree-sitter-language-pack
    extensions: tuple[str, ...] = ()
    filenames: tuple[str, ...] = ()
    name_prefixes: tuple[str, ...] = ()  # e.g. ".env." matches .env.local


LANGUAGES: dict[str, Language] = {
    lang.name: lang
    for lang in (
        Language("python", "python", (".py", ".pyi", ".pyw")),
        Language("javascript", "javascript", (".js", ".mjs", ".cjs", ".jsx")),
        Language("typescript", "typescript", (".ts", ".mts", ".cts")),
        Language("tsx", "tsx", (".tsx",)),
        Language("go", "go", (".go",)),
        Language("java", "java", (".java",)),
        Language("kotlin", "kotlin", (".kt", ".kts")),
        Language("c", "c", (".c", ".h")),
        Language("cpp", "cpp", (".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx")),
        Language("csharp", "csharp", (".cs",)),
        Language("rust", "rust", (".rs",)),
        Language("ruby", "ruby", (".rb", ".rake", ".gemspec"), ("Gemfile", "Rakefile")),
        Language("php", "php", (".php",)),
        Language("swift", "swift", (".swift",)),
        Language("scala", "scala", (".scala", ".sc")),
        Language("bash", "bash", (".sh", ".bash", ".zsh"), (".bashrc", ".profile", ".zshrc")),
        Language("sql", "sql", (".sql",)),
        Language("yaml", "yaml", (".yaml", ".yml")),
        Language("json", "json", (".json", ".jsonc")),
        Language("toml", "toml", (".toml",)),
        Language("ini", "ini", (".ini", ".cfg", ".conf"), (".npmrc", ".pypirc", ".gitconfig")),
        Language("properties", "properties", (".properties",)),
        Language("dotenv", "bash", (".env",), (".env",), (".env.",)),
        Language("dockerfile", "dockerfile", (".dockerfile",), ("Dockerfile", "Containerfile"),
                 ("Dockerfile.",)),
        Language("hcl", "hcl", (".tf", ".tfvars", ".hcl")),
        Language("xml", "xml", (".xml", ".config", ".csproj", ".plist", ".xsd")),
    )
}

TEXT = "text"


def detect(path: str) -> str:
    """The language of a file by its name, else its extension; "text" when unknown."""
    name = PurePath(path).name
    for lang in LANGUAGES.values():
        if name in lang.filenames or any(name.startswith(p) for p in lang.name_prefixes):
            return lang.name
    suffix = PurePath(name).suffix.lower()
    for lang in LANGUAGES.values():
        if suffix in lang.extensions:
            return lang.name
    return TEXT
