; inherits: ecma,jsx
; JavaScript additions to ecma (shared with TypeScript): class fields, parameters.

(field_definition property: (_) @definition.field)
(field_definition property: (_) @definition.field value: [(string) (template_string)] @string)
(field_definition property: (_) @definition.field value: (number) @number)
(formal_parameters (identifier) @definition.parameter)
(formal_parameters (assignment_pattern left: (identifier) @definition.parameter))
(formal_parameters (assignment_pattern left: (identifier) @definition.parameter right: [(string) (template_string)] @string))
