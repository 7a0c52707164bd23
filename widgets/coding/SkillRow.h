#pragma once

#include "domain/CodingScheme.h"
#include "domain/SkillScore.h"

#include <QFrame>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;

// One skill in the scoring panel, on one line: its name, buttons for each level of the scale, a
// "Not codable" button and a short rationale. The current skill also shows the descriptor of the
// hovered (or else the selected) level from the scheme file; the others give it in tooltips. The
// row only shows state and reports clicks; the coding page turns them into undoable edits.
class SkillRow : public QFrame {
    Q_OBJECT

public:
    SkillRow(const SchemeSkill &skill, int scaleMin, int scaleMax, QWidget *parent = nullptr);

    QString skillKey() const { return m_skill.key; }
    const SchemeSkill &skill() const { return m_skill; }
    void setScore(const SkillScore &score);
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setLocked(bool locked);
    // Puts the cursor in the rationale field (when the skill has a score or is not codable).
    bool editRationale();
    QString descriptorText() const;
    // The width the skill's name needs, and the width it is given, so that the panel lines up
    // every row's buttons under each other.
    int nameWidth() const;
    void setNameWidth(int width);

signals:
    void scoreClicked(int level);
    void notCodableClicked();
    void rationaleEdited(const QString &text);
    void activated();
    void rationaleLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Holds the descriptor at the height its longest text needs at the row's width.
    void fitDescriptor();
    void showDescriptor(int level);
    void commitRationale();
    void updateStyle();

    SchemeSkill m_skill;
    int m_scaleMin;
    SkillScore m_score;
    bool m_current = false;
    bool m_locked = false;
    QLabel *m_name = nullptr;
    QList<QPushButton *> m_levels;
    QPushButton *m_notCodable = nullptr;
    QLabel *m_descriptor = nullptr;
    QLineEdit *m_rationale = nullptr;
};
