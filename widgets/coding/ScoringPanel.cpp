#include "ScoringPanel.h"

#include "SkillRow.h"

#include <QVBoxLayout>

ScoringPanel::ScoringPanel(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("scoringPanel"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(6);
    layout->addStretch(1);
}

void ScoringPanel::setScheme(const CodingScheme &scheme) {
    qDeleteAll(m_rows);
    m_rows.clear();
    auto *box = static_cast<QVBoxLayout *>(layout());
    for (const SchemeSkill &skill : scheme.skills) {
        auto *row = new SkillRow(skill, scheme.scaleMin, scheme.scaleMax, this);
        const int index = int(m_rows.size());
        connect(row, &SkillRow::activated, this, [this, index] { setCurrentIndex(index); });
        connect(row, &SkillRow::scoreClicked, this,
                [this, key = skill.key](int level) { emit scoreClicked(key, level); });
        connect(row, &SkillRow::notCodableClicked, this,
                [this, key = skill.key] { emit notCodableClicked(key); });
        connect(row, &SkillRow::rationaleEdited, this,
                [this, key = skill.key](const QString &text) { emit rationaleEdited(key, text); });
        connect(row, &SkillRow::rationaleLeft, this, &ScoringPanel::rationaleLeft);
        box->insertWidget(box->count() - 1, row);
        m_rows.append(row);
    }
    int nameWidth = 0;
    for (const SkillRow *row : std::as_const(m_rows))
        nameWidth = qMax(nameWidth, row->nameWidth());
    for (SkillRow *row : std::as_const(m_rows))
        row->setNameWidth(nameWidth);
    m_current = 0;
    setCurrentIndex(0);
}

void ScoringPanel::setScore(const SkillScore &score) {
    if (SkillRow *target = row(score.skillKey))
        target->setScore(score);
}

void ScoringPanel::setLocked(bool locked) {
    for (SkillRow *row : std::as_const(m_rows))
        row->setLocked(locked);
}

QString ScoringPanel::currentSkill() const {
    return m_current >= 0 && m_current < m_rows.size() ? m_rows.at(m_current)->skillKey()
                                                       : QString();
}

void ScoringPanel::setCurrentIndex(int index) {
    if (m_rows.isEmpty())
        return;
    m_current = qBound(0, index, int(m_rows.size()) - 1);
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setCurrent(i == m_current);
    emit currentChanged(currentSkill());
}

void ScoringPanel::setCurrentSkill(const QString &key) {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->skillKey() == key)
            setCurrentIndex(i);
    }
}

void ScoringPanel::moveCurrent(int delta) {
    setCurrentIndex(m_current + delta);
}

SkillRow *ScoringPanel::row(const QString &key) const {
    for (SkillRow *row : m_rows) {
        if (row->skillKey() == key)
            return row;
    }
    return nullptr;
}
