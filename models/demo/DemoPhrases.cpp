#include "DemoPhrases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace demo {

namespace {

const char* const kLanguageIds[LangCount] = { "en", "sv", "bg", "th" };

// JSON keys in the order of the enums.
const char* const kPhraseKeys[int(Phrase::Count)] = { "greeting", "buyer_paid", "buyer_waiting", "seller_not_received",
    "seller_checking", "seller_confirms", "seller_higher_price", "buyer_refuses_more", "buyer_overpaid",
    "buyer_cancelled_but_paid", "seller_paid_less", "buyer_short_reply", "seller_wrong_account",
    "buyer_wrong_account_reply", "seller_name_mismatch", "buyer_name_reply", "seller_released_early",
    "seller_sensitive", "buyer_no_payment", "agent_hello", "agent_ask_proof", "agent_ask_seller", "agent_ask_buyer",
    "agent_remainder", "agent_calm", "bot_appeal", "comment", "abuse_mild", "abuse_strong", "live_ask", "live_agent",
    "live_threat", "live_bot_welcome", "bot_suspended", "lc2_user", "sensitive_remark", "plain_remark" };
const char* const kNameKeys[int(NameList::Count)] = { "first_en", "last_en", "first_sv", "last_sv", "first_bg_male",
    "first_bg_female", "last_bg", "first_th", "last_th" };

// A non-empty list of strings at `key`, or an error naming it.
QStringList stringList(const QJsonObject& object, const QString& key, const QString& where, QString* error)
{
    const QJsonValue value = object.value(key);
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty()) {
                list.clear();
                break;
            }
            list.append(item.toString());
        }
    }
    if (list.isEmpty() && error->isEmpty())
        *error = (where.isEmpty() ? key : where + QLatin1Char('.') + key)
            + QStringLiteral(": a list of non-empty strings is needed");
    return list;
}

} // namespace

QString languageId(int lang)
{
    return QString::fromLatin1(kLanguageIds[lang]);
}

const DemoPhrases& DemoPhrases::instance()
{
    static const DemoPhrases phrases = [] {
        DemoPhrases p;
        QFile file(QStringLiteral(":/demo/demo-phrases.json"));
        const QString error = file.open(QIODevice::ReadOnly) ? p.load(file.readAll()) : file.errorString();
        // Compiled into the program and checked by tst_demogenerator: a failure here is a broken build.
        if (!error.isEmpty())
            qFatal("demo-phrases.json: %s", qPrintable(error));
        return p;
    }();
    return phrases;
}

QString DemoPhrases::check(const QByteArray& json)
{
    DemoPhrases p;
    return p.load(json);
}

QString DemoPhrases::load(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return parseError.errorString();
    QString error;
    const QJsonObject phrases = root.value(QLatin1String("phrases")).toObject();
    for (int bank = 0; bank < int(Phrase::Count); ++bank) {
        const QString key = QString::fromLatin1(kPhraseKeys[bank]);
        const QJsonObject byLanguage = phrases.value(key).toObject();
        for (int lang = 0; lang < LangCount; ++lang) {
            m_phrases[bank][lang] = stringList(byLanguage, languageId(lang), QStringLiteral("phrases.") + key, &error);
            if (lang > 0 && m_phrases[bank][lang].size() != m_phrases[bank][0].size() && error.isEmpty())
                error = QStringLiteral("phrases.%1: every language needs as many entries as English").arg(key);
        }
    }
    if (phrase(Phrase::Lc2User, En).size() != 4 && error.isEmpty())
        error = QStringLiteral("phrases.lc2_user: one entry per LC2 ground (4)");
    const QJsonObject names = root.value(QLatin1String("names")).toObject();
    for (int list = 0; list < int(NameList::Count); ++list)
        m_names[list] = stringList(names, QString::fromLatin1(kNameKeys[list]), QStringLiteral("names"), &error);
    const QJsonObject nicknames = root.value(QLatin1String("nicknames")).toObject();
    const QJsonObject agents = root.value(QLatin1String("agents")).toObject();
    for (int lang = 0; lang < LangCount; ++lang) {
        m_nicknames[lang] = stringList(nicknames, languageId(lang), QStringLiteral("nicknames"), &error);
        for (const QJsonValue& a : agents.value(languageId(lang)).toArray())
            m_agents[lang].append({ a[QLatin1String("id")].toString(), a[QLatin1String("name")].toString() });
        if (m_agents[lang].size() != 2 && error.isEmpty())
            error = QStringLiteral("agents.%1: two agents are needed").arg(languageId(lang));
    }
    m_markup = stringList(root, QStringLiteral("markup"), QString(), &error);
    return error;
}

} // namespace demo
