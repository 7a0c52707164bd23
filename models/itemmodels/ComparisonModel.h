#pragma once

#include "domain/Coding.h"
#include "domain/CodingScheme.h"

#include <QAbstractTableModel>
#include <QString>

class Database;

// The primary and second codings of one recording side by side, one row per skill, for
// double coding. It loads nothing until both codings are final (blindness) and the viewer may
// see both. DisagreementRole is 0 when the two agree, 1 when they differ by a point, 2 when
// they are two or more points apart, 3 when one coder scored a skill the other found not
// codable: that is no disagreement about a score, so the headline counts it apart.
class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SkillColumn, PrimaryColumn, SecondColumn, DifferenceColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, DisagreementRole, SkillKeyRole };
    enum Disagreement { Agree = 0, Differ = 1, Flagged = 2, OneSided = 3 };

    explicit ComparisonModel(QObject *parent = nullptr);

    // False with *reason when the codings may not (yet) be compared; the model is then empty.
    bool load(Database &database, qint64 recordingId, qint64 viewerId, QString *reason);
    void clear();
    bool isLoaded() const { return m_primary.id > 0; }

    const Coding &primary() const { return m_primary; }
    const Coding &second() const { return m_second; }
    QString primaryCoder() const { return m_primaryCoder; }
    QString secondCoder() const { return m_secondCoder; }
    // Counted over the skills both coders scored.
    int bothScoredCount() const;
    int exactAgreements() const;
    int flaggedCount() const;
    // Skills one coder scored and the other found not codable.
    int oneSidedCount() const;
    // True when the two coded different parts of the recording.
    bool windowsDiffer() const;
    int disagreement(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SkillScore scoreOf(const Coding &coding, const QString &key) const;

    CodingScheme m_scheme;
    Coding m_primary;
    Coding m_second;
    QString m_primaryCoder;
    QString m_secondCoder;
};
