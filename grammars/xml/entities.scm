; XML: comments, attribute values with their attribute name, element text with its element
; name, CDATA; <add key="..." value="..."/> (.NET config) pairs the value with the key.

(Comment) @comment

(AttValue) @string
(CharData) @string
(CData) @string

(Attribute (Name) @definition.key)
(Attribute (Name) @definition.key (AttValue) @string)
(element (STag (Name) @definition.key) (content . (CharData) @string .))
(element (STag (Name) @definition.key) (content . (CDSect (CData) @string) .))
; an element's text named by its name or key attribute: Android's
; `<string name="maps_api_key">…</string>`, `<entry key="password">…</entry>`
((element (STag (Attribute (Name) @_k (AttValue) @_context)) (content . (CharData) @string .))
  (#any-of? @_k "name" "key"))
(EmptyElemTag
  (Attribute (Name) @_k (AttValue) @definition.key)
  (Attribute (Name) @_v (AttValue) @string)
  (#any-of? @_k "key" "name")
  (#any-of? @_v "value" "connectionString"))
