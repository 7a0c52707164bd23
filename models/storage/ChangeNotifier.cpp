#include "ChangeNotifier.h"

bool ChangeNotifier::unchangedSince(const QString &earlier) const {
    const QString now = stamp();
    return !now.isEmpty() && now == earlier;
}
