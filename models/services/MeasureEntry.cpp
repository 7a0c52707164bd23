#include "MeasureEntry.h"

#include "domain/ValueSets.h"
#include "storage/FamilyRepository.h"

#include <algorithm>

MeasureEntry::MeasureEntry(Database &database, InstrumentCatalogue catalogue)
    : m_database(database)
    , m_measures(database, std::move(catalogue)) {}

QStringList MeasureEntry::familyCaseCodes() const {
    return FamilyRepository(m_database).caseCodes();
}

std::optional<QList<MeasureEntry::RecordingChoice>>
MeasureEntry::recordingsForFamily(const QString &caseCode) const {
    const auto family = FamilyRepository(m_database).findByCaseCode(caseCode);
    if (!family)
        return std::nullopt;
    return m_measures.recordingsForFamily(family->id);
}

qint64 MeasureEntry::add(const InstrumentResponse &response) {
    return m_measures.add(response);
}

void MeasureEntry::update(const InstrumentResponse &response) {
    m_measures.update(response);
}

void MeasureEntry::remove(qint64 administrationId, int version) {
    m_measures.remove(administrationId, version);
}

std::optional<InstrumentResponse> MeasureEntry::find(qint64 administrationId) const {
    return m_measures.find(administrationId);
}

EditConflict MeasureEntry::describeConflict(const QString &message, const InstrumentResponse &base,
                                            const InstrumentResponse &theirs,
                                            const InstrumentResponse &yours) {
    EditConflict conflict;
    conflict.message = message;
    const auto compare = [&](const QString &label, const QString &was, const QString &their,
                             const QString &your) {
        if (their != your && (their != was || your != was))
            conflict.fields.append({label, their, your});
    };
    const auto recording = [](const InstrumentResponse &r) {
        return r.recordingId > 0 ? QString::number(r.recordingId) : tr("(none)");
    };
    compare(tr("Respondent"), ValueSets::label(base.respondent),
            ValueSets::label(theirs.respondent), ValueSets::label(yours.respondent));
    compare(tr("Timepoint"), base.timepoint, theirs.timepoint, yours.timepoint);
    compare(tr("Date completed"), base.administeredOn.toString(Qt::ISODate),
            theirs.administeredOn.toString(Qt::ISODate),
            yours.administeredOn.toString(Qt::ISODate));
    compare(tr("How it was completed"), ValueSets::label(base.mode), ValueSets::label(theirs.mode),
            ValueSets::label(yours.mode));
    compare(tr("Linked recording"), recording(base), recording(theirs), recording(yours));
    QList<int> items = base.items.keys() + theirs.items.keys() + yours.items.keys();
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    const auto answer = [](const InstrumentResponse &r, int item) {
        return r.items.contains(item) ? QString::number(r.items.value(item)) : tr("(no answer)");
    };
    for (const int item : items)
        compare(tr("Item %1").arg(item), answer(base, item), answer(theirs, item),
                answer(yours, item));
    return conflict;
}
