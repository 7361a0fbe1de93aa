; JSX attributes and text (JavaScript and TSX; not a language of its own).

(jsx_attribute (property_identifier) @definition.key (string) @string)
(jsx_text) @string
