; .env files, parsed with the bash grammar: comments, variable names and their values.

(comment) @comment

[(string) (raw_string)] @string

(variable_assignment name: (variable_name) @definition.key)
(variable_assignment name: (variable_name) @definition.key
  value: [(string) (raw_string) (ansi_c_string) (word) (concatenation) (number)] @string)

; an unquoted value with spaces (`ADMIN_PHONE=+43 664 1234567`, fine for dotenv) reads in bash
; as an assignment before a command: the whole line is the value
(command (variable_assignment name: (variable_name) @definition.key) argument: (_)) @string
