#include "RecordingImportBatch.h"

#include "domain/DateText.h"

#include <QFileInfo>

QString RecordingImportBatch::Row::fileName() const {
    return QFileInfo(path).fileName();
}

bool RecordingImportBatch::addFile(const QString &path, const RecordingImport::FileCheck &check) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const Row &row : std::as_const(m_rows)) {
        if (row.path == absolute)
            return false;
    }
    Row row;
    row.path = absolute;
    row.check = check;
    row.details.recordedOn = check.suggestedDate;
    // A file cut short is added only when the user says so, having read why.
    row.ticked = check.problem.isEmpty() && check.cutShort.isEmpty();
    m_rows.append(row);
    return true;
}

void RecordingImportBatch::setTicked(int row, bool ticked) {
    if (row >= 0 && row < size())
        m_rows[row].ticked = ticked && m_rows.at(row).canBeAdded();
}

QList<int> RecordingImportBatch::tickedRows() const {
    QList<int> list;
    for (int i = 0; i < size(); ++i) {
        if (m_rows.at(i).ticked)
            list.append(i);
    }
    return list;
}

QList<RecordingImportBatch::Field> RecordingImportBatch::sharedFields() {
    return {Field::Practitioner,        Field::Team,
            Field::SessionType,         Field::SelectionReason,
            Field::PractitionerConsent, Field::FamilyConsent};
}

bool RecordingImportBatch::same(const Row &a, const Row &b, Field field) {
    const Recording &x = a.details;
    const Recording &y = b.details;
    switch (field) {
    case Field::Practitioner:
        return x.practitionerId == y.practitionerId;
    case Field::Team:
        return x.teamId == y.teamId;
    case Field::Family:
        return a.familyCaseCode.trimmed() == b.familyCaseCode.trimmed();
    case Field::RecordedOn:
        return x.recordedOn == y.recordedOn;
    case Field::SessionType:
        return x.sessionType == y.sessionType;
    case Field::SelectionReason:
        return x.selectionReason == y.selectionReason;
    case Field::PractitionerConsent:
        return x.practitionerConsent == y.practitionerConsent &&
               x.practitionerConsentOn == y.practitionerConsentOn;
    case Field::FamilyConsent:
        return x.familyConsent == y.familyConsent && x.familyConsentOn == y.familyConsentOn;
    }
    return true;
}

void RecordingImportBatch::copy(const Row &from, Row &to, Field field) {
    const Recording &x = from.details;
    Recording &y = to.details;
    switch (field) {
    case Field::Practitioner:
        y.practitionerId = x.practitionerId;
        break;
    case Field::Team:
        y.teamId = x.teamId;
        break;
    case Field::Family:
        to.familyCaseCode = from.familyCaseCode;
        break;
    case Field::RecordedOn:
        y.recordedOn = x.recordedOn;
        break;
    case Field::SessionType:
        y.sessionType = x.sessionType;
        break;
    case Field::SelectionReason:
        y.selectionReason = x.selectionReason;
        break;
    case Field::PractitionerConsent:
        y.practitionerConsent = x.practitionerConsent;
        y.practitionerConsentOn = x.practitionerConsentOn;
        break;
    case Field::FamilyConsent:
        y.familyConsent = x.familyConsent;
        y.familyConsentOn = x.familyConsentOn;
        break;
    }
}

void RecordingImportBatch::edit(int row, const Recording &details, const QString &familyCaseCode) {
    if (row < 0 || row >= size())
        return;
    Row edited = m_rows.at(row);
    edited.details = details;
    edited.familyCaseCode = familyCaseCode;
    for (const Field field :
         {Field::Practitioner, Field::Team, Field::Family, Field::RecordedOn, Field::SessionType,
          Field::SelectionReason, Field::PractitionerConsent, Field::FamilyConsent}) {
        if (!same(edited, m_rows.at(row), field))
            edited.setByUser.insert(int(field));
    }
    m_rows[row] = edited;
}

QStringList RecordingImportBatch::wouldOverwrite(int from) const {
    QStringList names;
    if (from < 0 || from >= size())
        return names;
    for (int i = 0; i < size(); ++i) {
        if (i == from)
            continue;
        for (const Field field : sharedFields()) {
            if (m_rows.at(i).userSet(field) &&
                !same(m_rows.at(i), m_rows.at(from), field)) {
                names.append(m_rows.at(i).fileName());
                break;
            }
        }
    }
    return names;
}

void RecordingImportBatch::applyToAll(int from, bool overwrite) {
    if (from < 0 || from >= size())
        return;
    const Row source = m_rows.at(from);
    for (int i = 0; i < size(); ++i) {
        if (i == from)
            continue;
        Row &row = m_rows[i];
        for (const Field field : sharedFields()) {
            if (row.userSet(field) && !overwrite)
                continue;
            copy(source, row, field);
            // Applied on purpose, so it is the user's value on this row too.
            if (source.userSet(field))
                row.setByUser.insert(int(field));
        }
    }
}

bool RecordingImportBatch::consentNeedsDate(const QString &consent) {
    return consent == QLatin1String("given") || consent == QLatin1String("written") ||
           consent == QLatin1String("verbal");
}

QStringList RecordingImportBatch::problems(int index) const {
    QStringList list;
    if (index < 0 || index >= size())
        return list;
    const Row &row = m_rows.at(index);
    const Recording &r = row.details;
    if (!row.canBeAdded()) {
        list.append(row.check.problem);
        return list;
    }
    if (r.practitionerId <= 0)
        list.append(tr("Choose the practitioner."));
    if (r.teamId <= 0)
        list.append(tr("Choose the team the practitioner was in at the time."));
    const QString familyProblem = row.familyCaseCode.trimmed().isEmpty()
                                      ? tr("Enter the family's case code.")
                                      : RecordingImport::problemWithCaseCode(row.familyCaseCode);
    if (!familyProblem.isEmpty())
        list.append(familyProblem);
    if (!r.recordedOn.isValid())
        list.append(tr("Give the date of the session, %1.").arg(DateText::examples()));
    else if (r.recordedOn > QDate::currentDate())
        list.append(tr("The recorded date is in the future."));
    if (r.sessionType.isEmpty())
        list.append(tr("Choose the session type."));
    if (r.selectionReason.isEmpty())
        list.append(tr("Choose why this session was selected."));
    auto checkConsent = [&](const QString &consent, const QDate &on, const QString &who) {
        if (consent.isEmpty()) {
            list.append(tr("Record the %1's consent (choose “Not recorded” if it is not known "
                           "yet).")
                            .arg(who));
            return;
        }
        if (!consentNeedsDate(consent))
            return;
        if (!on.isValid())
            list.append(
                tr("Give the date of the %1's consent, %2.").arg(who, DateText::examples()));
        else if (on > QDate::currentDate())
            list.append(tr("The date of the %1's consent is in the future.").arg(who));
    };
    checkConsent(r.practitionerConsent, r.practitionerConsentOn, tr("practitioner"));
    checkConsent(r.familyConsent, r.familyConsentOn, tr("family"));
    // Audio whose consent was refused must not be kept, so it is never added in the first place.
    if (r.practitionerConsent == QLatin1String("refused") ||
        r.familyConsent == QLatin1String("refused"))
        list.append(tr("Consent was refused, so this audio must not be kept: delete the file "
                       "rather than adding it."));
    return list;
}
