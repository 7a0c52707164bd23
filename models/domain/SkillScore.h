#pragma once

#include <QString>

// One skill's rating within a coding: a score 1-5, or "not codable" with a reason.
struct SkillScore {
    QString skillKey;
    int score = 0; // 0 when not scored or not codable
    QString notCodableReason;
    QString rationale;

    bool isScored() const { return score >= 1 && score <= 5; }
    bool isNotCodable() const { return score == 0 && !notCodableReason.trimmed().isEmpty(); }
    bool isComplete() const { return isScored() || isNotCodable(); }
};
