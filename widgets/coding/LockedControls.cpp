#include "LockedControls.h"

#include <QCoreApplication>
#include <QVariant>
#include <QWidget>

namespace {

constexpr char openToolTip[] = "pcOpenToolTip";

} // namespace

QString LockedControls::reason() {
    return QCoreApplication::translate("LockedControls",
                                       "This coded session is final. Unlock it to change it.");
}

void LockedControls::setLocked(QWidget *control, bool locked) {
    const QVariant saved = control->property(openToolTip);
    if (locked && !saved.isValid())
        control->setProperty(openToolTip, control->toolTip());
    if (locked) {
        control->setToolTip(reason());
    } else if (saved.isValid()) {
        control->setToolTip(saved.toString());
        control->setProperty(openToolTip, QVariant());
    }
    control->setEnabled(!locked);
}
