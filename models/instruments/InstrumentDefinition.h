#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// One questionnaire (SCORE-15, WAI-S ...) as data: its items, response scale, reverse keying,
// subscales, missing-data rule and the published figures reports compare against. Loaded from
// resources/instruments/*.json by InstrumentLoader; scored by InstrumentScorer.
struct InstrumentDefinition {
    enum class Method { Sum, Mean };
    enum class Direction { HigherIsBetter, HigherIsWorse };

    struct Item {
        int number = 0;
        QString text; // empty unless shipped free wording or a licensed item-text pack
    };

    // The total or one subscale: which items it combines and how.
    struct Scale {
        QString key; // "total" or a subscale key
        QString name;
        QList<int> items;
        Method method = Method::Sum;
    };

    struct ReferenceValue {
        QString scale;
        QString label;
        double value = 0.0;
        QString source;
    };

    // Parameters of the Jacobson-Truax reliable change index for one scale.
    struct ReliableChangeParameters {
        QString scale;
        double sd = 0.0;
        double reliability = 0.0;
        bool provisional = false;
        QString source;
    };

    // Whether and when the instrument is given again: a T2 owed after_weeks after the T1.
    // Instruments taken once (engagement ratings) have none, so they are never overdue.
    struct FollowUp {
        QString timepoint; // "T2"
        int afterWeeks = 0;
    };

    QString id;
    int version = 1;
    QString name;
    QString citation;
    QString licenceNote;
    QStringList respondents;
    int scaleMin = 1;
    int scaleMax = 5;
    QMap<int, QString> anchors;
    QList<Item> items;
    QSet<int> reverseKeyed;
    Direction direction = Direction::HigherIsBetter;
    Scale total;
    QList<Scale> subscales;
    // A scale is scored only when at least this share of its items is answered, rounded up.
    int minAnsweredPercent = 80;
    QList<ReferenceValue> referenceValues;
    QList<ReliableChangeParameters> reliableChange;
    std::optional<FollowUp> followUp;

    int itemCount() const { return int(items.size()); }
    bool isInRange(int value) const { return value >= scaleMin && value <= scaleMax; }
    // The total first, then the subscales in their listed order.
    QList<Scale> scales() const;
    std::optional<Scale> scale(const QString &key) const;
    std::optional<ReliableChangeParameters> reliableChangeFor(const QString &scaleKey) const;
    QString itemText(int number) const;
    // The fewest answered items from `itemsInScale` that still give a score (80% rounded up).
    int minimumAnswered(int itemsInScale) const;
    bool higherIsBetter() const { return direction == Direction::HigherIsBetter; }
};
