; Bash (also sh, zsh): comments, strings, heredoc bodies, assigned values, functions.

(comment) @comment

[(string) (raw_string) (ansi_c_string)] @string
(heredoc_body) @string
(number) @number

(function_definition name: (word) @definition.function)
(variable_assignment name: (variable_name) @definition.variable)
(variable_assignment name: (variable_name) @definition.variable
  value: [(string) (raw_string) (ansi_c_string) (word) (concatenation)] @string)
(variable_assignment name: (variable_name) @definition.variable value: (number) @number)
