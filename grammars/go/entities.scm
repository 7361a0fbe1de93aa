; Go: comments, interpreted and raw strings (struct tags too), runes, numbers, definitions.

(comment) @comment

(interpreted_string_literal) @string
(raw_string_literal) @string
(rune_literal) @string
(int_literal) @number
(float_literal) @number

(package_clause (package_identifier) @definition.module)
(function_declaration name: (identifier) @definition.function)
(method_declaration name: (field_identifier) @definition.method)
(type_spec name: (type_identifier) @definition.type)
(type_spec name: (type_identifier) @definition.class type: [(struct_type) (interface_type)])
(field_declaration name: (field_identifier) @definition.field)
(field_declaration name: (field_identifier) @definition.field tag: (raw_string_literal) @string)
(method_elem name: (field_identifier) @definition.method)
(parameter_declaration name: (identifier) @definition.parameter)
(variadic_parameter_declaration name: (identifier) @definition.parameter)

(const_spec name: (identifier) @definition.constant)
(const_spec name: (identifier) @definition.constant
  value: (expression_list . [(interpreted_string_literal) (raw_string_literal)] @string))
(const_spec name: (identifier) @definition.constant
  value: (expression_list . [(int_literal) (float_literal)] @number))
(var_spec name: (identifier) @definition.variable)
(var_spec name: (identifier) @definition.variable
  value: (expression_list . [(interpreted_string_literal) (raw_string_literal)] @string))
(var_spec name: (identifier) @definition.variable
  value: (expression_list . [(int_literal) (float_literal)] @number))
(short_var_declaration left: (expression_list . (identifier) @definition.variable))
(short_var_declaration left: (expression_list . (identifier) @definition.variable)
  right: (expression_list . [(interpreted_string_literal) (raw_string_literal)] @string))
(assignment_statement left: (expression_list . [(identifier) @definition.variable (selector_expression field: (field_identifier) @definition.field)])
  right: (expression_list . [(interpreted_string_literal) (raw_string_literal)] @string))

(keyed_element
  key: (literal_element [(identifier) (interpreted_string_literal)] @definition.key))
(keyed_element
  key: (literal_element [(identifier) (interpreted_string_literal)] @definition.key)
  value: (literal_element [(interpreted_string_literal) (raw_string_literal)] @string))
(keyed_element
  key: (literal_element [(identifier) (interpreted_string_literal)] @definition.key)
  value: (literal_element [(int_literal) (float_literal)] @number))
