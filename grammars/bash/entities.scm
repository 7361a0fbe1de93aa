; Bash (also sh, zsh): comments, strings, heredoc bodies, assigned values, command arguments,
; functions.

(comment) @comment

[(string) (raw_string) (ansi_c_string)] @string
(heredoc_body) @string
(number) @number

(function_definition name: (word) @definition.function)
(variable_assignment name: (variable_name) @definition.variable)
(variable_assignment name: (variable_name) @definition.variable
  value: [(string) (raw_string) (ansi_c_string) (word) (concatenation)] @string)
(variable_assignment name: (variable_name) @definition.variable value: (number) @number)
; the default of an unquoted parameter expansion, named by its parameter: `${DB_HOST:-db01.corp}`
(expansion (variable_name) @_context . [(word) (concatenation)] @string)

; Unquoted command arguments: URLs, user@host, paths, tokens, `--opt=value`, `KEY=value`. Left out:
; the command name, a flag alone (`-u`, `--verbose`), a bare lower-case word (`install`,
; `origin`) and punctuation (`--`, `\;`): no rule reports them without a name. The quoted part of
; `--opt="x"` is a string of its own (below), so such concatenations are left out too.
(command argument: [(word) (concatenation)] @string
  (#not-match? @string "^(--?[A-Za-z0-9][A-Za-z0-9_-]*|[a-z][a-z_-]*|[^A-Za-z0-9]*)$|[\"']"))

; An option's value has the option as context (`--password s3cr3t`, `-H "X-Token: …"`), as does
; a quoted value glued to it (`--password="x"`, `TOKEN="x"`). Options are `-x` and `--name`: a
; longer word after one dash may be flags and a glued value (`-czf`, `-pS3cret`), not a name. A
; bare lower-case word after an option is most often an operand (`apt-get install -y curl`): taken
; only after an option that names a credential. `-u`/`--user` of curl carry the command too (its
; value is user:password), and of other commands nothing (`docker run -u 1000:1000`). The command
; may be an argument of the one that runs it: `sudo curl`, `env A=1 curl`, `time curl`, `exec curl`.
((command argument: (word) @_context . argument: [(word) (concatenation)] @string)
  (#match? @_context "^(-[A-Za-z]|--[A-Za-z][A-Za-z0-9_-]*)$")
  (#not-match? @_context "^(-u|-U|--user|--proxy-user)$")
  (#not-match? @string "^(--?[A-Za-z0-9][A-Za-z0-9_-]*|[a-z][a-z_-]*|[^A-Za-z0-9]*)$|[\"']"))
((command argument: (word) @_context . argument: (word) @string)
  (#match? @_context "^--[A-Za-z0-9_-]*(pass|pwd|token|secret|key|auth|cred)[A-Za-z0-9_-]*$")
  (#match? @string "^[a-z][a-z_-]*$"))
((command argument: (word) @_context . argument: [(string) (raw_string)] @string)
  (#match? @_context "^(-[A-Za-z]|--[A-Za-z][A-Za-z0-9_-]*)$")
  (#not-match? @_context "^(-u|-U|--user|--proxy-user)$"))
(command argument: (concatenation . (word) @_context . [(string) (raw_string)] @string)
  (#match? @_context "^(--?)?[A-Za-z_][A-Za-z0-9_.-]*=$"))
((command [(command_name) (word)] @_context.command
   (word) @_context . [(word) (concatenation) (string) (raw_string)] @string)
  (#match? @_context.command "^(.*/)?curl$")
  (#match? @_context "^(-u|-U|--user|--proxy-user)$"))
; `-p` is a password for sshpass and for `docker login` (podman, helm, oras), a port for others.
((command [(command_name) (word)] @_context.command
   (word) @_context . [(word) (concatenation) (string) (raw_string)] @string)
  (#match? @_context.command "^(.*/)?sshpass$")
  (#eq? @_context "-p"))
((command [(command_name) (word)] @_context.command (word) @_context.verb
   (word) @_context . [(word) (concatenation) (string) (raw_string)] @string)
  (#match? @_context.command "^(.*/)?(docker|podman|helm|oras|buildah|skopeo)$")
  (#eq? @_context.verb "login")
  (#eq? @_context "-p"))

; An option with its value glued to it that some commands take a password in has the command as
; context: `curl -uadmin:S3cret`, `curl --user=admin:S3cret`, `mysql -uroot -pS3cret`.
((command [(command_name) (word)] @_context (word) @string)
  (#match? @_context "^(.*/)?curl$")
  (#match? @string "^(-u|-U|--user=|--proxy-user=)."))
((command [(command_name) (word)] @_context [(word) (concatenation)] @string)
  (#match? @_context "^(.*/)?(mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlshow|mysqlslap|mysqlpump|mariadb|mariadb-dump|mariadb-admin)$")
  (#match? @string "^-p[^-]"))

; `aws configure set aws_secret_access_key …`, `git config --global user.password …`,
; `redis-cli config set requirepass …`: the setting's name is the value's context. Only a word
; shaped like a setting's name (words, a digit only at the end of a word before a separator:
; `s3.max_concurrent_requests`, `user.signingKey`): contexts are listed in clear, and in
; `foo set S3cr3t x` or `foo set hunter2 x` the word after `set` is a value.
((command argument: (word) @_verb . argument: (word) @_context
   . argument: [(word) (concatenation) (string) (raw_string)] @string)
  (#match? @_verb "^(set|config|--global|--system|--local)$")
  (#match? @_context "^([A-Za-z_]+[0-9]*[.:/-])*[A-Za-z_][A-Za-z_-]*$")
  (#not-match? @string "^--?[A-Za-z]"))
