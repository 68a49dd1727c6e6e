#include "TeamRoles.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Every table the desk has, and what each role adds on them. An agent imports cases, claims, decides
// (decisions, strikes and sanctions are only ever inserted), records events and appends to the audit
// log; a team lead also changes the settings, voids strikes and purges (which blanks names and deletes
// messages and search rows), replaces imported cases, reopens decided cases (the decision moves to
// decision_history, its strikes and sanctions are voided) and records second reviews. Nobody updates
// audit entries, and no agent updates or deletes decisions or strikes: the audit log's triggers refuse
// it, and no role is granted it. An import's journal row (import_runs) is its importer's to remove.
const char* const kAgentInsert = "cases, orders, parties, payments, messages, events, history, users, case_search,"
                                 " decisions, strikes, sanctions, import_runs";
const char* const kAgentUpdate = "cases, users, import_runs";
const char* const kAgentDelete = "import_runs";
const char* const kLeadInsert = "settings, decision_history, reviews";
const char* const kLeadUpdate = "settings, strikes, sanctions, events, orders, parties, payments";
const char* const kLeadDelete = "cases, orders, parties, payments, messages, events, history, case_search, decisions";

} // namespace

bool TeamRoles::current(const Database& db, Login* login, QString* error)
{
    *login = Login();
    if (!db.dialect().isPostgresql())
        return true;
    enum class Column
    {
        User,
        TeamLead,
        Superuser,
        OwnsTables
    };
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_user,"
                               // CASE, not AND: pg_has_role fails on a role that does not exist yet.
                               " CASE WHEN to_regrole('appealdesk_team_lead') IS NULL THEN FALSE"
                               "   ELSE pg_has_role(current_user, 'appealdesk_team_lead', 'MEMBER') END,"
                               " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),"
                               " COALESCE((SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c"
                               "   WHERE c.oid = to_regclass('cases')), FALSE)"))
        || !q.next()) {
        *error = tr("Cannot read the role of this login: %1").arg(q.lastError().text());
        return false;
    }
    login->name = SqlRow::field(q, Column::User).toString();
    const bool lead = SqlRow::field(q, Column::TeamLead).toBool() || SqlRow::field(q, Column::Superuser).toBool()
        || SqlRow::field(q, Column::OwnsTables).toBool();
    login->role = lead ? Role::TeamLead : Role::Agent;
    return true;
}

QStringList TeamRoles::setupStatements()
{
    // One DO block: the schema's name is quoted by the server (format %I), never pasted from the client.
    QString grants = QStringLiteral(
        "DO $roles$ DECLARE s text := current_schema(); BEGIN\n"
        " BEGIN CREATE ROLE appealdesk_agent NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END;\n"
        " BEGIN CREATE ROLE appealdesk_team_lead NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END;\n"
        " IF NOT pg_has_role('appealdesk_team_lead', 'appealdesk_agent', 'MEMBER') THEN\n"
        "  GRANT appealdesk_agent TO appealdesk_team_lead;\n"
        " END IF;\n"
        " EXECUTE format('GRANT USAGE ON SCHEMA %I TO appealdesk_agent', s);\n"
        " EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO appealdesk_agent', s);\n"
        " EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO appealdesk_agent', s);\n"
        " EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO appealdesk_agent', s);\n");
    const auto grant = [&grants](const char* privilege, const char* tables, const char* role) {
        for (const QString& table : QString::fromLatin1(tables).split(QLatin1Char(','))) {
            grants += QStringLiteral(" EXECUTE format('GRANT %1 ON %I.%I TO %2', s, '%3');\n")
                          .arg(QLatin1String(privilege), QLatin1String(role), table.trimmed());
        }
    };
    grant("INSERT", kAgentInsert, AgentGroup);
    grant("UPDATE", kAgentUpdate, AgentGroup);
    grant("DELETE", kAgentDelete, AgentGroup);
    // An audit entry's login is the server's (its default, current_user): not a column a login writes.
    grants
        += QStringLiteral(" EXECUTE format('GRANT INSERT (at, actor, action, subject, before, after, prev_hash, hash)"
                          " ON %I.audit_log TO appealdesk_agent', s);\n");
    grant("INSERT", kLeadInsert, TeamLeadGroup);
    grant("UPDATE", kLeadUpdate, TeamLeadGroup);
    grant("DELETE", kLeadDelete, TeamLeadGroup);
    // The triggers that keep the audit head and the counts per status run with the owner's rights:
    // no role needs to write those two tables itself.
    grants += QStringLiteral(
        " EXECUTE format('ALTER FUNCTION %I.audit_head_follow() SECURITY DEFINER SET search_path = %I', s, s);\n"
        " EXECUTE format('ALTER FUNCTION %I.case_counts_follow() SECURITY DEFINER SET search_path = %I', s, s);\n"
        " EXECUTE format('ALTER FUNCTION %I.audit_log_number() SECURITY DEFINER SET search_path = %I', s, s);\n"
        "END $roles$");
    return { grants };
}

QString TeamRoles::refusal(LeadAction action)
{
    switch (action) {
    case LeadAction::VoidStrike:
        return tr("Only a team lead voids strikes.");
    case LeadAction::SaveSettings:
        return tr("Only a team lead changes the policy settings.");
    case LeadAction::Purge:
        return tr("Only a team lead purges cases.");
    case LeadAction::UnmaskedReport:
        return tr("Only a team lead writes reports with names and accounts unmasked.");
    case LeadAction::Reopen:
        return tr("Only a team lead reopens a decided case.");
    case LeadAction::Review:
        return tr("Only a team lead reviews decisions.");
    }
    return QString();
}
