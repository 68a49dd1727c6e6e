#pragma once

#include "BundleReader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

// BundleReader reads files only: the fuzz input is written to one temporary
// .json and one .jsonl file, and `onCase` sees every valid case of each.
template<typename OnCase> void readFuzzBundle(const uint8_t* data, size_t size, OnCase onCase)
{
    static QTemporaryDir dir;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const char* name : { "input.json", "input.jsonl" }) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
            abort();
        file.close();
        BundleReader reader(path);
        if (!reader.open())
            continue;
        CaseFacts facts;
        // A reader that never reaches the end would hang the fuzzer: bound the loop.
        for (int i = 0; i <= input.size() + 1; ++i) {
            const BundleReader::Result result = reader.next(&facts);
            if (result == BundleReader::EndOfFile)
                break;
            if (result == BundleReader::CaseRead)
                onCase(facts);
            else
                static_cast<void>(reader.error().toString());
        }
    }
}
