; TOML: comments, keys, tables, strings (basic, literal, multi-line), numbers with their key.

(comment) @comment

(string) @string
[(integer) (float)] @number

(table [(bare_key) (quoted_key) (dotted_key)] @definition.module)
(table_array_element [(bare_key) (quoted_key) (dotted_key)] @definition.module)
(pair [(bare_key) (quoted_key) (dotted_key)] @definition.key)
(pair [(bare_key) (quoted_key) (dotted_key)] @definition.key (string) @string)
(pair [(bare_key) (quoted_key) (dotted_key)] @definition.key [(integer) (float)] @number)
; the strings of an array are named by its key: `authors = ["Jane Roe <jane@…>"]`
(pair [(bare_key) (quoted_key) (dotted_key)] @definition.key (array (string) @string))
