#include "AppContext.h"
#include "BashCompletionWriter.h"
#include "CommandReference.h"
#include "IconRenderer.h"
#include "ManPageWriter.h"
#include "Translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

// Build-time tool: writes the man page and the bash completion from the command line's own --help, so neither
// is written by hand, and renders the icon's PNG sizes. Run by the build (app/docgen/CMakeLists.txt); not installed.
//   appealdesk_docgen --man FILE --bash-completion FILE --release-version V --release-date YYYY-MM-DD --doc-dir DIR
//   appealdesk_docgen --icon SVG --icon-sizes 16,32,... --icon-dir DIR
namespace {

bool writeFile(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(
            stderr, "appealdesk_docgen: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption man(
        QStringLiteral("man"), QStringLiteral("Write the man page here."), QStringLiteral("FILE"));
    const QCommandLineOption completion(
        QStringLiteral("bash-completion"), QStringLiteral("Write the bash completion here."), QStringLiteral("FILE"));
    const QCommandLineOption version(
        QStringLiteral("release-version"), QStringLiteral("The version."), QStringLiteral("V"));
    const QCommandLineOption date(
        QStringLiteral("release-date"), QStringLiteral("The release date."), QStringLiteral("DATE"));
    const QCommandLineOption docDir(
        QStringLiteral("doc-dir"), QStringLiteral("Where docs/ is installed."), QStringLiteral("DIR"));
    const QCommandLineOption icon(
        QStringLiteral("icon"), QStringLiteral("The SVG icon to render."), QStringLiteral("SVG"));
    const QCommandLineOption iconDir(QStringLiteral("icon-dir"),
        QStringLiteral("Write the PNG sizes of --icon here, in the hicolor layout."), QStringLiteral("DIR"));
    const QCommandLineOption iconSizes(
        QStringLiteral("icon-sizes"), QStringLiteral("The PNG sizes: 16,32,..."), QStringLiteral("LIST"));
    parser.addOptions({ man, completion, version, date, docDir, icon, iconDir, iconSizes });
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(icon)) {
        QString error;
        QList<int> sizes;
        for (const QString& size : parser.value(iconSizes).split(QLatin1Char(','), Qt::SkipEmptyParts))
            sizes << size.toInt();
        if (sizes.contains(0) || sizes.isEmpty()
            || !IconRenderer::render(
                parser.value(icon), sizes, parser.value(iconDir), QStringLiteral("appealdesk"), &error)) {
            std::fprintf(stderr, "appealdesk_docgen: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (!parser.isSet(man) && !parser.isSet(completion))
        return 0;

    // The names the program runs with (its --help says "appealdesk"), and its data folder for the "~" paths.
    AppContext::setApplicationNames();
    const CommandReference reference = CommandReference::collect();
    if (reference.commands.isEmpty() || reference.options.isEmpty()) {
        std::fprintf(stderr, "appealdesk_docgen: --help listed no commands or options\n");
        return 1;
    }
    if (parser.isSet(man)
        && !writeFile(parser.value(man),
            ManPageWriter::write(reference, { parser.value(version), parser.value(date) }, parser.value(docDir))))
        return 1;
    if (parser.isSet(completion)
        && !writeFile(
            parser.value(completion), BashCompletionWriter::write(reference, Translator::availableLanguages())))
        return 1;
    return 0;
}
