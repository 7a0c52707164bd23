#include "ReportSpec.h"

ReportFilter ReportSpec::filter() const {
    ReportFilter filter;
    filter.hiddenRecordingIds = hiddenRecordingIds;
    if (scope == Scope::Teams) {
        for (const auto &team : teams)
            filter.teamIds.append(team.id);
    } else if (scope == Scope::Practitioner) {
        filter.practitionerId = practitioner.id;
    }
    return filter;
}

QString ReportSpec::scopeLabel() const {
    switch (scope) {
    case Scope::Service:
        return tr("Whole service");
    case Scope::Teams: {
        QStringList names;
        for (const auto &team : teams)
            names.append(team.name);
        return names.size() == 1 ? tr("Team: %1").arg(names.constFirst())
                                 : tr("Teams: %1").arg(names.join(QStringLiteral(", ")));
    }
    case Scope::Practitioner:
        return tr("Practitioner: %1 (%2)").arg(practitionerCode, practitioner.name);
    }
    return {};
}

QString ReportSpec::scopeKey() const {
    switch (scope) {
    case Scope::Service:
        return QStringLiteral("service");
    case Scope::Teams: {
        QStringList names;
        for (const auto &team : teams)
            names.append(team.name);
        return QStringLiteral("team:") + names.join(QLatin1Char(';'));
    }
    case Scope::Practitioner:
        return QStringLiteral("practitioner:") + practitionerCode;
    }
    return {};
}

QString ReportSpec::managerPeriodError(const ReportPeriod &period) {
    if (period.isWholeQuarters())
        return {};
    const QDate from = ReportPeriod::quarterContaining(period.from()).from();
    const QDate to = ReportPeriod::quarterContaining(period.to()).to();
    return tr("a service or team report covers whole calendar quarters (starting 1 January, "
              "1 April, 1 July or 1 October and ending 31 March, 30 June, 30 September or "
              "31 December), so that reports cannot be subtracted to single out a session; "
              "%1 to %2 is not, so choose %3 to %4 instead")
        .arg(period.from().toString(Qt::ISODate), period.to().toString(Qt::ISODate),
             from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

std::optional<ReportSpec> ReportSpec::resolve(const ReportQueries &queries,
                                              const QStringList &scopes, const ReportPeriod &period,
                                              QString *error) {
    ReportSpec spec;
    spec.period = period;
    const QStringList list = scopes.isEmpty() ? QStringList{QStringLiteral("service")} : scopes;
    for (const QString &raw : list) {
        const QString text = raw.trimmed();
        const QString kind = text.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
        const QString value = text.section(QLatin1Char(':'), 1).trimmed();
        if (kind == QLatin1String("service") && value.isEmpty()) {
            if (list.size() > 1) {
                *error = tr("'service' cannot be combined with another scope");
                return std::nullopt;
            }
            spec.scope = Scope::Service;
        } else if (kind == QLatin1String("team") && !value.isEmpty()) {
            if (spec.scope == Scope::Practitioner) {
                *error = tr("a practitioner report cannot also cover teams");
                return std::nullopt;
            }
            const auto team = queries.teamByName(value);
            if (!team) {
                *error = tr("unknown team '%1'").arg(value);
                return std::nullopt;
            }
            spec.scope = Scope::Teams;
            spec.teams.append(*team);
        } else if (kind == QLatin1String("practitioner") && !value.isEmpty()) {
            if (list.size() > 1) {
                *error = tr("a practitioner report covers one practitioner only");
                return std::nullopt;
            }
            const auto practitioner = queries.practitionerByCode(value);
            if (!practitioner) {
                *error = tr("unknown practitioner '%1'").arg(value);
                return std::nullopt;
            }
            spec.scope = Scope::Practitioner;
            spec.practitioner = *practitioner;
            spec.practitionerCode = value;
        } else {
            *error =
                tr("'%1' is not a scope; use service, team:NAME or practitioner:CODE").arg(text);
            return std::nullopt;
        }
    }
    if (spec.isManagerReport()) {
        const QString periodError = managerPeriodError(period);
        if (!periodError.isEmpty()) {
            *error = periodError;
            return std::nullopt;
        }
    }
    return spec;
}
