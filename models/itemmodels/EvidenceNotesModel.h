#pragma once

#include "domain/CodingScheme.h"
#include "domain/EvidenceNote.h"

#include <QAbstractTableModel>
#include <QList>

class CodingRepository;

// The evidence notes of one coding, sorted by time, for the notes list beside the player.
// Display text comes from the scheme (skill names) and ValueSets (kinds); RawRole gives the
// stored value of a cell (at_ms, kind key, skill keys, text) for sorting and for the views.
class EvidenceNotesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, SkillsColumn, TextColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, NoteIdRole, KindRole };

    explicit EvidenceNotesModel(QObject *parent = nullptr);

    void setScheme(const CodingScheme &scheme);
    void setNotes(const QList<EvidenceNote> &notes);
    // Shows the coding's notes when `viewerId` may see them (see CodingRepository's blindness
    // rule); otherwise shows nothing and returns false.
    bool showCoding(const CodingRepository &codings, qint64 codingId, qint64 viewerId);
    void clear();

    EvidenceNote noteAt(int row) const;
    int rowOf(qint64 noteId) const;
    const QList<EvidenceNote> &notes() const { return m_notes; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1:02:03" or "12:34"
    static QString timeText(qint64 ms);

private:
    QList<EvidenceNote> m_notes;
    CodingScheme m_scheme;
};
