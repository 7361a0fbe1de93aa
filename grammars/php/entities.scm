; PHP: comments (PHPDoc), single/double-quoted strings, heredocs, nowdocs, numbers, definitions.

(comment) @comment
((comment) @comment.documentation (#match? @comment.documentation "^/[*][*][^/]"))

[(string) (encapsed_string)] @string
(heredoc_body) @string
(nowdoc_body) @string
[(integer) (float)] @number

(namespace_definition name: (_) @definition.module)
(class_declaration name: (name) @definition.class)
(interface_declaration name: (name) @definition.class)
(trait_declaration name: (name) @definition.class)
(enum_declaration name: (name) @definition.type)
(function_definition name: (name) @definition.function)
(method_declaration name: (name) @definition.method)
(simple_parameter name: (variable_name (name) @definition.parameter))
(simple_parameter name: (variable_name (name) @definition.parameter) default_value: [(string) (encapsed_string)] @string)
(property_promotion_parameter name: (variable_name (name) @definition.parameter))

(const_element (name) @definition.constant)
(const_element (name) @definition.constant [(string) (encapsed_string)] @string)
(const_element (name) @definition.constant [(integer) (float)] @number)
(property_element name: (variable_name (name) @definition.field))
(property_element name: (variable_name (name) @definition.field) default_value: [(string) (encapsed_string) (heredoc) (nowdoc)] @string)
(property_element name: (variable_name (name) @definition.field) default_value: [(integer) (float)] @number)

(assignment_expression left: (variable_name (name) @definition.variable))
(assignment_expression left: (variable_name (name) @definition.variable) right: [(string) (encapsed_string)] @string)
(assignment_expression left: (variable_name (name) @definition.variable) right: (heredoc (heredoc_body) @string))
(assignment_expression left: (variable_name (name) @definition.variable) right: (nowdoc (nowdoc_body) @string))
(assignment_expression left: (variable_name (name) @definition.variable) right: [(integer) (float)] @number)
(assignment_expression left: (member_access_expression name: (name) @definition.field) right: [(string) (encapsed_string)] @string)
(assignment_expression left: (subscript_expression . (_) . [(string) (encapsed_string)] @definition.key) right: [(string) (encapsed_string)] @string)

(array_element_initializer . [(string) (encapsed_string)] @definition.key . [(string) (encapsed_string)] @string .)
(array_element_initializer . [(string) (encapsed_string)] @definition.key . [(integer) (float)] @number .)
; define('NAME', 'value')
(function_call_expression function: (name) @_f (#eq? @_f "define")
  arguments: (arguments . (argument [(string) (encapsed_string)] @definition.constant) . (argument [(string) (encapsed_string)] @string)))
