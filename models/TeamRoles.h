#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// Team mode's two roles (issue 15, item 5). An agent decides, claims and records events; only a team
// lead voids strikes, changes the policy settings, purges, reopens and reviews decisions, and writes
// reports with names unmasked.
// On PostgreSQL the roles are the server's: the group roles appealdesk_agent and appealdesk_team_lead
// (setupStatements(), run once by the desk's owner), whose grants stop an agent's login even in psql.
// On SQLite the one local user is a team lead.
class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)

public:
    enum class Role
    {
        Agent,
        TeamLead,
    };
    // What only a team lead does. CaseService checks it in one place (CaseService::requireTeamLead).
    enum class LeadAction
    {
        VoidStrike,
        SaveSettings,
        Purge,
        UnmaskedReport,
        Reopen, // a decided case back in the queue (issue 14, item 8)
        Review, // a second review of an agent's decision (issue 17, item 2)
    };

    static constexpr const char* AgentGroup = "appealdesk_agent";
    static constexpr const char* TeamLeadGroup = "appealdesk_team_lead";

    struct Login
    {
        Role role = Role::TeamLead;
        QString name; // the server's login (current_user); empty on SQLite
    };

    // Who is connected. On PostgreSQL a team lead is a member of appealdesk_team_lead, a superuser or the
    // owner of the desk's tables (who made it); every other login is an agent. False + *error on failure.
    static bool current(const Database& db, Login* login, QString* error);

    // The statements that create the two group roles (when missing) and grant them what each does on the
    // tables of the connection's schema; the tables' triggers then keep their own rights (SECURITY
    // DEFINER), so an agent changes the audit head and the counts only by appending and deciding. Run
    // in one transaction by the owner of the tables; running them again (after an upgrade) is harmless.
    static QStringList setupStatements();

    // Why an agent may not: "Only a team lead voids strikes." (translated).
    static QString refusal(LeadAction action);
};
