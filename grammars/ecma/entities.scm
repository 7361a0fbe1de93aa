; Shared by JavaScript and TypeScript (not a language of its own; see `; inherits:`).

(comment) @comment
((comment) @comment.documentation (#match? @comment.documentation "^/[*][*][^/]"))

(string) @string
(template_string) @string
(number) @number
(regex pattern: (regex_pattern) @string)

(function_declaration name: (identifier) @definition.function)
(generator_function_declaration name: (identifier) @definition.function)
(function_expression name: (identifier) @definition.function)
(class_declaration name: (_) @definition.class)
(class name: (_) @definition.class)
(method_definition name: (_) @definition.method)
(variable_declarator name: (identifier) @definition.variable value: [(arrow_function) (function_expression)])

(arrow_function parameter: (identifier) @definition.parameter)
(shorthand_property_identifier_pattern) @definition.variable

((variable_declarator name: (identifier) @definition.constant)
  (#match? @definition.constant "^[A-Z][A-Z0-9_]*$"))
(variable_declarator name: (identifier) @definition.variable)
(variable_declarator name: (identifier) @definition.variable value: [(string) (template_string)] @string)
(variable_declarator name: (identifier) @definition.variable value: (number) @number)

(assignment_expression left: (identifier) @definition.variable right: [(string) (template_string)] @string)
(assignment_expression left: (member_expression property: (property_identifier) @definition.field))
(assignment_expression left: (member_expression property: (property_identifier) @definition.field) right: [(string) (template_string)] @string)
(assignment_expression left: (member_expression property: (property_identifier) @definition.field) right: (number) @number)
(assignment_expression left: (subscript_expression index: (string) @definition.key) right: [(string) (template_string)] @string)

(pair key: (_) @definition.key)
(pair key: (_) @definition.key value: [(string) (template_string)] @string)
(pair key: (_) @definition.key value: (number) @number)
(binary_expression left: (member_expression property: (property_identifier) @definition.field) right: [(string) (template_string)] @string)
