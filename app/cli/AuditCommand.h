#pragma once

#include "Command.h"

// `appealdesk audit verify [--checkpoint FILE [--public-key FILE]]`: walks the audit trail's hash chain,
// reconciles the decisions, strikes and settings with it and checks it extends a signed checkpoint.
// `audit keygen -o KEYFILE` and `audit checkpoint --key KEYFILE -o FILE`: the team lead's Ed25519 key and
// a signed head (issue 13, item 1). Exit 1 when the trail is broken.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString synopsis() const override { return QStringLiteral("audit verify"); }
    QString description() const override;
    QList<HelpLine> helpLines() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    int run(const QCommandLineParser& options, CommandContext& context) override;

private:
    int verify(const QCommandLineParser& options, CommandContext& context);
    int keygen(const QCommandLineParser& options, CommandContext& context);
    int checkpoint(const QCommandLineParser& options, CommandContext& context);
    int writeOutput(
        const QCommandLineParser& options, CommandContext& context, const QByteArray& content, const QString& path);
};
