#pragma once

#include "Command.h"

// `appealdesk audit verify`: walks the audit trail's hash chain. Exit 1 when it is broken.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString synopsis() const override { return QStringLiteral("audit verify"); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
