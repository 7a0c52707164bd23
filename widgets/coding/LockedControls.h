#pragma once

#include <QString>

class QWidget;

// The controls of a final (locked) coding: disabled, and saying why when hovered, rather than
// looking enabled and doing nothing.
namespace LockedControls {

QString reason();
// Disables or enables `control`. While locked its tooltip is reason(); the tooltip it had
// before is put back when it is unlocked.
void setLocked(QWidget *control, bool locked);

} // namespace LockedControls
