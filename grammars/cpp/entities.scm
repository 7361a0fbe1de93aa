; inherits: c
; C++ additions to c: raw strings, classes, namespaces, methods, member initializers.

(raw_string_literal) @string

(namespace_definition name: (namespace_identifier) @definition.module)
(class_specifier name: (type_identifier) @definition.class)
(alias_declaration name: (type_identifier) @definition.type)
(field_declaration declarator: (function_declarator declarator: (field_identifier) @definition.method))
(function_definition declarator: (function_declarator declarator: (field_identifier) @definition.method))
(function_definition declarator: (function_declarator declarator: (qualified_identifier name: (identifier) @definition.method)))
(field_declaration declarator: (field_identifier) @definition.field default_value: [(string_literal) (raw_string_literal)] @string)
(field_declaration declarator: (field_identifier) @definition.field default_value: (number_literal) @number)
(field_initializer (field_identifier) @definition.field (argument_list . [(string_literal) (raw_string_literal)] @string))
(init_declarator declarator: (identifier) @definition.variable value: (raw_string_literal) @string)
; constructor-style initialisation with one string: `std::string password("…")`
(init_declarator declarator: (identifier) @definition.variable
  value: (argument_list . [(string_literal) (raw_string_literal)] @string .))
(optional_parameter_declaration declarator: (identifier) @definition.parameter)
(optional_parameter_declaration declarator: (identifier) @definition.parameter default_value: (string_literal) @string)
(reference_declarator (identifier) @definition.parameter)
