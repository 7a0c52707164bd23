#include "ReportData.h"

QString ReportData::title() const {
    if (spec.scope == ReportSpec::Scope::Practitioner)
        return tr("Practice feedback report");
    return tr("Practice Report");
}
