; C: comments, string and character literals, numbers, macros and declarations.

(comment) @comment
((comment) @comment.documentation (#match? @comment.documentation "^(/[*][*][^/]|///)"))

(string_literal) @string
(char_literal) @string
(system_lib_string) @string
(number_literal) @number

(preproc_def name: (identifier) @definition.constant)
(preproc_def name: (identifier) @definition.constant value: (preproc_arg) @string)
(preproc_function_def name: (identifier) @definition.function)

(function_definition declarator: (function_declarator declarator: (identifier) @definition.function))
(function_definition declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @definition.function)))
(declaration declarator: (function_declarator declarator: (identifier) @definition.function))
(parameter_declaration declarator: (identifier) @definition.parameter)
(parameter_declaration declarator: (pointer_declarator declarator: (identifier) @definition.parameter))
(parameter_declaration declarator: (array_declarator declarator: (identifier) @definition.parameter))

(struct_specifier name: (type_identifier) @definition.class)
(union_specifier name: (type_identifier) @definition.class)
(enum_specifier name: (type_identifier) @definition.type)
(type_definition declarator: (type_identifier) @definition.type)
(enumerator name: (identifier) @definition.constant)
(enumerator name: (identifier) @definition.constant value: (number_literal) @number)
(field_declaration declarator: (field_identifier) @definition.field)
(field_declaration declarator: (pointer_declarator declarator: (field_identifier) @definition.field))
(field_declaration declarator: (array_declarator declarator: (field_identifier) @definition.field))

(declaration declarator: (identifier) @definition.variable)
(init_declarator declarator: (identifier) @definition.variable)
(init_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable))
(init_declarator declarator: (array_declarator declarator: (identifier) @definition.variable))
(init_declarator declarator: (identifier) @definition.variable value: [(string_literal) (concatenated_string) (char_literal)] @string)
(init_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable) value: [(string_literal) (concatenated_string)] @string)
(init_declarator declarator: (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable)) value: [(string_literal) (concatenated_string)] @string)
(init_declarator declarator: (array_declarator declarator: (identifier) @definition.variable) value: [(string_literal) (concatenated_string)] @string)
(init_declarator declarator: (identifier) @definition.variable value: (number_literal) @number)
; the strings of an initializer list are named by the variable: `struct creds ci = {"ci", "…"}`,
; C++ `std::string admin_password{"…"}`
(init_declarator declarator: (identifier) @definition.variable value: (initializer_list (string_literal) @string))
(init_declarator declarator: (array_declarator declarator: (identifier) @definition.variable)
  value: (initializer_list (string_literal) @string))
(init_declarator declarator: (pointer_declarator declarator: (array_declarator declarator: (identifier) @definition.variable))
  value: (initializer_list (string_literal) @string))
(assignment_expression left: [(identifier) @definition.variable (field_expression field: (field_identifier) @definition.field)] right: (string_literal) @string)
(initializer_pair designator: (field_designator (field_identifier) @definition.key) value: (string_literal) @string)
(initializer_pair designator: (field_designator (field_identifier) @definition.key) value: (number_literal) @number)
