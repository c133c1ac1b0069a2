"""Each user action declared once, one module per area: its key, text, keys, icon, what it acts
on, when it applies, and what it runs. Menus, the toolbar and the record windows' buttons are
lists of keys; nothing else declares an action or its shortcut."""
