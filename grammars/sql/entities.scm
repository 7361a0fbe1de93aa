; SQL: comments, quoted literals, numbers, created objects and columns, column = 'value'.

(comment) @comment
(marginalia) @comment

((literal) @string (#match? @string "^[A-Za-z]?'"))
((literal) @number (#match? @number "^[-+]?[0-9.]"))
; the password of CREATE/ALTER USER or ROLE (`WITH PASSWORD '…'`) is named by its keyword
((_ (keyword_password) @_context . password: (literal) @string) (#match? @string "^[A-Za-z]?'"))
; a quoted literal the grammar leaves unparsed (MySQL's `IDENTIFIED BY '…'`, `'user'@'host'`)
((ERROR) @string (#match? @string "^'[^'\n]*'$"))

(create_table (object_reference name: (identifier) @definition.class))
(create_view (object_reference name: (identifier) @definition.class))
(create_function (object_reference name: (identifier) @definition.function))
(create_index column: (identifier) @definition.field)
(column_definition name: (identifier) @definition.field)
((assignment left: (field name: (identifier) @definition.field) right: (literal) @string)
  (#match? @string "^[A-Za-z]?'"))
((binary_expression left: (field name: (identifier) @definition.field) right: (literal) @string)
  (#match? @string "^[A-Za-z]?'"))
