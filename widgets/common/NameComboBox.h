#pragma once

class QComboBox;

// Combo boxes that list names people type (practitioner, team, family) keep a width of their own,
// so a very long name is cut with "…" instead of widening the window.
namespace NameComboBox {

// Gives the combo box a width of about `characters` average characters, whatever its items.
void keepNarrow(QComboBox *combo, int characters = 22);

} // namespace NameComboBox
