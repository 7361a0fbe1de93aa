; JSX attributes and text (JavaScript and TSX; not a language of its own).

(jsx_attribute (property_identifier) @definition.key (string) @string)
(jsx_text) @string
(jsx_element open_tag: (jsx_opening_element name: (_) @definition.key) (jsx_text) @string)
