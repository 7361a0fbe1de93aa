; Dockerfile: comments, base images, ENV/ARG names and values, LABELs, quoted strings, shell commands.

(comment) @comment

[(double_quoted_string) (single_quoted_string) (json_string)] @string
(shell_command) @string

(from_instruction (image_spec) @string)  ; the base image: a private registry's host
(from_instruction as: (image_alias) @definition.module)
(arg_instruction name: (_) @definition.key)
(arg_instruction name: (_) @definition.key default: (_) @string)
(env_pair name: (_) @definition.key)
(env_pair name: (_) @definition.key value: (_) @string)
(label_pair key: (_) @definition.key)
(label_pair key: (_) @definition.key value: (_) @string)
