; JSON (and JSONC): comments, keys, string and number values with their key.

(comment) @comment

(pair key: (string) @definition.key)
(pair key: (string) @definition.key value: (string) @string)
(pair key: (string) @definition.key value: (number) @number)
(array (string) @string)
; the strings of a list are named by its key: `"allowedAccountIds": ["4132…"]`
(pair key: (string) @definition.key value: (array (string) @string))
(array (number) @number)
(document (string) @string)
