#pragma once

// Which backend a test runs on: CTest registers a BOTH_BACKENDS test twice (tests/CMakeLists.txt),
// the second time with APPEALDESK_TEST_BACKEND=postgresql and APPEALDESK_TEST_PG_URI naming the
// database of the suite's own throw-away server (tests/pg/pg-cluster.sh).

#include <QString>

namespace TestBackend {

bool isPostgresql();
// The PostgreSQL run without a server: configured without the server binaries. The test then
// skips with "no PostgreSQL server for the tests", which CTest reports as skipped.
bool serverMissing();

// Where a test opens a fresh, empty desk: ":memory:" on SQLite (or `sqliteFile` when given);
// on PostgreSQL a URI on a new, empty schema of the test database (search_path set in the URI),
// so tests and test functions never see each other's rows. Empty + *error on failure.
QString freshLocation(QString* error, const QString& sqliteFile = QString());
// Drops the schemas freshLocation() made in this process (call with no connection inside one open).
void dropFresh();

} // namespace TestBackend

// In initTestCase(): the whole test is skipped (not passed) when its backend has no server.
#define TESTBACKEND_REQUIRE_SERVER()                                                                                   \
    do {                                                                                                               \
        if (TestBackend::serverMissing())                                                                              \
            QSKIP("no PostgreSQL server for the tests (install postgresql and configure again)");                      \
    } while (false)
