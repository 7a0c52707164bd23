#pragma once

#include "domain/CodingScheme.h"
#include "domain/SkillScore.h"

#include <QList>
#include <QWidget>

class SkillRow;

// The seven skills of the coding's scheme, one SkillRow each, with one of them current (the
// one the number keys score). Holds keyboard focus while coding, so the coding page's
// shortcuts reach it; the page turns the rows' clicks into undoable edits.
class ScoringPanel : public QWidget {
    Q_OBJECT

public:
    explicit ScoringPanel(QWidget *parent = nullptr);

    void setScheme(const CodingScheme &scheme);
    void setScore(const SkillScore &score);
    void setLocked(bool locked);

    int currentIndex() const { return m_current; }
    QString currentSkill() const;
    void setCurrentIndex(int index);
    void setCurrentSkill(const QString &key);
    void moveCurrent(int delta);
    SkillRow *row(const QString &key) const;
    const QList<SkillRow *> &rows() const { return m_rows; }

signals:
    void scoreClicked(const QString &skillKey, int level);
    void notCodableClicked(const QString &skillKey);
    void rationaleEdited(const QString &skillKey, const QString &text);
    void rationaleLeft();
    void currentChanged(const QString &skillKey);

private:
    QList<SkillRow *> m_rows;
    int m_current = 0;
};
