#include "LiveUpdates.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

LiveUpdates::LiveUpdates(Database &database, QObject *parent)
    : QObject(parent) {
    const auto spec = database.spec();
    m_live = spec && spec->isPostgres();
    // Connecting is what starts the engine's notifier following the database; on SQLite that
    // would start polling its counters every second, which the stamp on return already covers.
    if (m_live)
        connect(&database.changes(), &ChangeNotifier::changed, this, &LiveUpdates::changed);
}
