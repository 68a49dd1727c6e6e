#pragma once

#include "JsonScanner.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

// The value rules of case-bundle.md that do not depend on where a value sits: times, ids (and
// their look-alikes, issue 13, item 12), asset codes, language tags, and how a value or a JSON type
// is named in an error message. Used by BundleFieldReader and CaseValidator.
namespace BundleValues {

// A value as it appears in a message: quoted, control characters escaped, long ones cut.
QString quoted(const QString& value);
// "a string", "an array", ... (translated, context BundleReader).
QString typeName(JsonScanner::Type type);
// RFC 3339 with a zone: "2026-11-20T09:14:00Z", "2026-11-20T11:14:00+02:00".
bool parseTime(QByteArrayView text, QDateTime* out);
// 1 to 64 printable characters, no separators.
bool isValidId(const QString& id);
// Why `id` could pass for another id (mixed scripts, invisible or look-alike characters), or empty.
QString confusableId(const QString& id);
bool isUpperAlnum(const QString& text, int minLength, int maxLength);
bool isLanguageTag(const QString& text);

} // namespace BundleValues
