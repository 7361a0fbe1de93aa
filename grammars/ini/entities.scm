; INI (also .cfg, .conf, .npmrc, .pypirc, .gitconfig): comments, sections, settings.

(comment) @comment

(section_name (text) @definition.module)
(setting (setting_name) @definition.key)
(setting (setting_name) @definition.key (setting_value) @string)
