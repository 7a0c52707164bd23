#include "RecordingsModel.h"

#include "domain/ValueSets.h"

#include <QColor>

namespace {

QString isoDate(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString duration(qint64 ms) {
    const qint64 seconds = ms / 1000;
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg(hours > 0 ? (seconds / 60) % 60 : seconds / 60,
                                            hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesSeconds) : minutesSeconds;
}

bool consentRefused(const RecordingListRow &row) {
    return row.practitionerConsent == QLatin1String("refused") ||
           row.familyConsent == QLatin1String("refused");
}

bool consentAllowsCoding(const RecordingListRow &row) {
    return row.practitionerConsent == QLatin1String("given") &&
           (row.familyConsent == QLatin1String("written") ||
            row.familyConsent == QLatin1String("verbal"));
}

// Orders consent by how far it lets coding go: allowed, then not yet recorded, then refused.
int consentRank(const RecordingListRow &row) {
    if (consentAllowsCoding(row))
        return 0;
    return consentRefused(row) ? 2 : 1;
}

// Missing audio sorts after present audio, and no audio at all after that.
qint64 audioRank(const RecordingListRow &row) {
    if (row.audioPath.isEmpty())
        return -3;
    if (row.audioMissing)
        return -2;
    return row.durationMs < 0 ? -1 : row.durationMs;
}

} // namespace

RecordingsModel::RecordingsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void RecordingsModel::setRows(const QList<RecordingListRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RecordingsModel::rowOf(qint64 recordingId) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == recordingId)
            return static_cast<int>(i);
    }
    return -1;
}

QString RecordingsModel::statusLabel(const QString &status) {
    if (status == QLatin1String("not_started"))
        return tr("Not started");
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("final"))
        return tr("Coded");
    if (status == QLatin1String("double_coded"))
        return tr("Double-coded");
    if (status == QLatin1String("consensus"))
        return tr("Consensus agreed");
    return status;
}

QColor RecordingsModel::statusColour(const QString &status) {
    if (status == QLatin1String("draft"))
        return QColor(0xb4, 0x53, 0x09);
    if (status == QLatin1String("final"))
        return QColor(0x15, 0x80, 0x3d);
    if (status == QLatin1String("double_coded"))
        return QColor(0x1d, 0x4e, 0xd8);
    if (status == QLatin1String("consensus"))
        return QColor(0x7e, 0x22, 0xce);
    return QColor(0x6b, 0x72, 0x80);
}

int RecordingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordingsModel::displayText(const RecordingListRow &row, int column) const {
    switch (column) {
    case CodeColumn:
        return row.code;
    case RecordedOnColumn:
        return isoDate(row.recordedOn);
    case PractitionerColumn:
        return row.practitionerName;
    case TeamColumn:
        return row.teamName;
    case FamilyColumn:
        return row.familyCode;
    case SessionTypeColumn:
        return ValueSets::label(row.sessionType);
    case SelectionReasonColumn:
        return ValueSets::label(row.selectionReason);
    case ConsentColumn: {
        auto part = [](const QString &key, const QDate &on) {
            const QString text = ValueSets::label(key);
            return on.isValid() && key != QLatin1String("refused")
                       ? tr("%1 %2").arg(text, isoDate(on))
                       : text;
        };
        // The practitioner's date is in the tooltip: the family's is the one people ask about.
        return tr("%1 / %2").arg(ValueSets::label(row.practitionerConsent),
                                 part(row.familyConsent, row.familyConsentOn));
    }
    case AudioColumn:
        if (row.audioPath.isEmpty())
            return tr("No audio file");
        if (row.audioMissing)
            return tr("Audio missing");
        return row.durationMs >= 0 ? duration(row.durationMs) : tr("Available");
    case StatusColumn:
        return statusLabel(row.codingStatus);
    case CodingsColumn:
        return row.codingCount;
    default:
        return {};
    }
}

QVariant RecordingsModel::rawValue(const RecordingListRow &row, int column) const {
    switch (column) {
    case CodeColumn:
        return row.code;
    case RecordedOnColumn:
        return row.recordedOn;
    case PractitionerColumn:
        return row.practitionerName;
    case TeamColumn:
        return row.teamName;
    case FamilyColumn:
        return row.familyCode;
    case SessionTypeColumn:
        return ValueSets::label(row.sessionType);
    case SelectionReasonColumn:
        return ValueSets::label(row.selectionReason);
    case ConsentColumn:
        return consentRank(row);
    case AudioColumn:
        return audioRank(row);
    case StatusColumn:
        return static_cast<int>(RecordingListQuery::codingStatuses().indexOf(row.codingStatus));
    case CodingsColumn:
        return row.codingCount;
    default:
        return {};
    }
}

QVariant RecordingsModel::toolTip(const RecordingListRow &row, int column) const {
    switch (column) {
    case ConsentColumn: {
        const QString practitioner =
            row.practitionerConsentOn.isValid()
                ? tr("Practitioner: %1 (%2)")
                      .arg(ValueSets::label(row.practitionerConsent),
                           isoDate(row.practitionerConsentOn))
                : tr("Practitioner: %1").arg(ValueSets::label(row.practitionerConsent));
        const QString family =
            row.familyConsentOn.isValid()
                ? tr("Family: %1 (%2)")
                      .arg(ValueSets::label(row.familyConsent), isoDate(row.familyConsentOn))
                : tr("Family: %1").arg(ValueSets::label(row.familyConsent));
        const QString verdict = consentAllowsCoding(row)
                                    ? tr("This recording may be coded.")
                                    : tr("This recording may not be coded until both consents "
                                         "are given.");
        return QStringList{practitioner, family, verdict}.join(QLatin1Char('\n'));
    }
    case AudioColumn:
        if (row.audioPath.isEmpty())
            return tr("No audio file is stored for this recording (its scores may have been "
                      "imported, or the audio deleted after coding).");
        if (row.audioMissing)
            return tr("The audio file %1 could not be found. Check the recordings folder.")
                .arg(row.audioPath);
        return row.audioPath;
    case StatusColumn:
        return row.codingCount == 1 ? tr("1 coding") : tr("%1 codings").arg(row.codingCount);
    case PractitionerColumn:
        return tr("%1, code %2\nTeam at the time of the recording: %3")
            .arg(row.practitionerName, row.practitionerCode, row.teamName);
    default:
        return {};
    }
}

QVariant RecordingsModel::colour(const RecordingListRow &row, int column) const {
    switch (column) {
    case StatusColumn:
        return statusColour(row.codingStatus);
    case ConsentColumn:
        if (consentAllowsCoding(row))
            return QColor(0x15, 0x80, 0x3d);
        return consentRefused(row) ? QColor(0xb9, 0x1c, 0x1c) : QColor(0xb4, 0x53, 0x09);
    case AudioColumn:
        if (row.audioMissing)
            return QColor(0xb9, 0x1c, 0x1c);
        return row.audioPath.isEmpty() ? QColor(0x6b, 0x72, 0x80) : QVariant();
    default:
        return {};
    }
}

QVariant RecordingsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordingListRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        return colour(row, column);
    case Qt::DecorationRole:
        // A coloured swatch makes status and consent readable at a glance down a long column.
        if (column == StatusColumn || column == ConsentColumn)
            return colour(row, column);
        return {};
    case Qt::TextAlignmentRole:
        if (column == CodingsColumn || column == AudioColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(row, column);
    case RecordingIdRole:
        return row.id;
    case TeamIdRole:
        return row.teamId;
    case PractitionerIdRole:
        return row.practitionerId;
    case CodingStatusRole:
        return row.codingStatus;
    case RecordedOnRole:
        return row.recordedOn;
    case SearchTextRole:
        return QStringList{row.code, row.practitionerCode, row.practitionerName, row.teamName,
                           row.familyCode}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant RecordingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TeamColumn:
            return tr("The practitioner's team at the time of the recording");
        case ConsentColumn:
            return tr("Practitioner's consent / family's consent");
        case SelectionReasonColumn:
            return tr("Why this session was chosen for recording");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Recording");
    case RecordedOnColumn:
        return tr("Recorded");
    case PractitionerColumn:
        return tr("Practitioner");
    case TeamColumn:
        return tr("Team");
    case FamilyColumn:
        return tr("Family");
    case SessionTypeColumn:
        return tr("Session");
    case SelectionReasonColumn:
        return tr("Selected as");
    case ConsentColumn:
        return tr("Consent");
    case AudioColumn:
        return tr("Audio");
    case StatusColumn:
        return tr("Coding status");
    case CodingsColumn:
        return tr("Codings");
    default:
        return {};
    }
}
