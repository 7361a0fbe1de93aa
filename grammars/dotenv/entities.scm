; .env files, parsed with the bash grammar: comments, variable names and their values.

(comment) @comment

[(string) (raw_string)] @string

(variable_assignment name: (variable_name) @definition.key)
(variable_assignment name: (variable_name) @definition.key
  value: [(string) (raw_string) (ansi_c_string) (word) (concatenation) (number)] @string)
