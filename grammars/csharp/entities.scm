; C#: comments (/// XML doc), regular, verbatim, interpolated and raw strings, numbers, definitions.

(comment) @comment
((comment) @comment.documentation (#match? @comment.documentation "^(///|/[*][*][^/])"))

[(string_literal) (verbatim_string_literal) (raw_string_literal) (interpolated_string_expression)
 (character_literal)] @string
[(integer_literal) (real_literal)] @number

(namespace_declaration name: (_) @definition.module)
(file_scoped_namespace_declaration name: (_) @definition.module)
(class_declaration name: (identifier) @definition.class)
(interface_declaration name: (identifier) @definition.class)
(struct_declaration name: (identifier) @definition.class)
(record_declaration name: (identifier) @definition.class)
(enum_declaration name: (identifier) @definition.type)
(delegate_declaration name: (identifier) @definition.type)
(enum_member_declaration name: (identifier) @definition.constant)
(enum_member_declaration name: (identifier) @definition.constant value: (integer_literal) @number)
(method_declaration name: (identifier) @definition.method)
(constructor_declaration name: (identifier) @definition.method)
(local_function_statement name: (identifier) @definition.function)
(parameter name: (identifier) @definition.parameter)
(parameter name: (identifier) @definition.parameter [(string_literal) (verbatim_string_literal) (raw_string_literal)] @string)
(parameter name: (identifier) @definition.parameter (integer_literal) @number)

(property_declaration name: (identifier) @definition.field)
(property_declaration name: (identifier) @definition.field value: [(string_literal) (verbatim_string_literal) (raw_string_literal) (interpolated_string_expression)] @string)
(field_declaration (variable_declaration (variable_declarator name: (identifier) @definition.field)))
(field_declaration (variable_declaration (variable_declarator name: (identifier) @definition.field [(string_literal) (verbatim_string_literal) (raw_string_literal) (interpolated_string_expression)] @string)))
(field_declaration (variable_declaration (variable_declarator name: (identifier) @definition.field [(integer_literal) (real_literal)] @number)))
((field_declaration (modifier) @_const (variable_declaration (variable_declarator name: (identifier) @definition.constant)))
  (#eq? @_const "const"))
(local_declaration_statement (variable_declaration (variable_declarator name: (identifier) @definition.variable)))
(local_declaration_statement (variable_declaration (variable_declarator name: (identifier) @definition.variable [(string_literal) (verbatim_string_literal) (raw_string_literal) (interpolated_string_expression)] @string)))
(local_declaration_statement (variable_declaration (variable_declarator name: (identifier) @definition.variable [(integer_literal) (real_literal)] @number)))

(assignment_expression left: [(identifier) @definition.variable (member_access_expression name: (identifier) @definition.field)]
  right: [(string_literal) (verbatim_string_literal) (raw_string_literal) (interpolated_string_expression)] @string)
(argument name: (identifier) @definition.variable [(string_literal) (verbatim_string_literal) (raw_string_literal) (interpolated_string_expression)] @string)
; new Dictionary<string, string> { ["key"] = "value" } and { { "key", "value" } }
(initializer_expression (initializer_expression . (string_literal) @definition.key . (string_literal) @string))
(assignment_expression
  left: [(element_access_expression subscript: (bracketed_argument_list . (argument (string_literal) @definition.key)))
         (element_binding_expression . (argument (string_literal) @definition.key))]
  right: [(string_literal) (verbatim_string_literal)] @string)
