#pragma once

#include "ReportPeriod.h"
#include "storage/ReportQueries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a Practice Report covers: the whole service, one or more teams, or one practitioner
// (a coaching report), over one period. Manager reports (service and teams) never name
// practitioners or families; only a practitioner's own report carries a name.
struct ReportSpec {
    Q_DECLARE_TR_FUNCTIONS(ReportSpec)

public:
    enum class Scope { Service, Teams, Practitioner };

    Scope scope = Scope::Service;
    QList<NamedId> teams;
    NamedId practitioner; // name is the display name
    QString practitionerCode;
    ReportPeriod period;
    // Blind coding: the reader's sessions whose codings they may not see yet (CodingVisibility),
    // left out of the figures; codes parallel to ids, for saying so on screen.
    QList<qint64> hiddenRecordingIds;
    QStringList hiddenRecordingCodes;

    ReportFilter filter() const;
    bool isManagerReport() const { return scope != Scope::Practitioner; }
    // "Whole service", "Team: Islington CIN 1", "Practitioner: P001 (Sam Jones)".
    QString scopeLabel() const;
    // A stable key for CSV: "service", "team:NAME[;NAME]", "practitioner:CODE".
    QString scopeKey() const;

    // Empty when a service or team report may cover the period; otherwise why not, naming the
    // whole quarters that hold it. Manager reports cover whole calendar quarters only, so that
    // two reports a day or a month apart cannot be subtracted (docs/privacy.md).
    static QString managerPeriodError(const ReportPeriod &period);

    // Resolves "service", "team:NAME" (repeatable) or "practitioner:CODE" against the database.
    // Returns nullopt with *error set, e.g. "unknown team 'Blue'", or the managerPeriodError.
    static std::optional<ReportSpec> resolve(const ReportQueries &queries,
                                             const QStringList &scopes, const ReportPeriod &period,
                                             QString *error);
};
