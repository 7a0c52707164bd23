#include "SqlDialect.h"

#include "SqliteDialect.h"

const SqlDialect &SqlDialect::sqlite() {
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::forDriver(const QSqlDriver *) {
    // Every connection is SQLite until a second dialect exists.
    return sqlite();
}
