#include "InitialSchema.h"

namespace Migrations {

// Times are INTEGER milliseconds since the epoch (UTC). Amounts are TEXT
// decimals exactly as imported; `amount_units` (Decimal units, 1e-8) exists
// only so the queue can sort by amount.
static QStringList sqliteVersion1()
{
    return {
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " user_id TEXT NOT NULL UNIQUE,"
                       " nickname TEXT NOT NULL DEFAULT '',"
                       " kyc_name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE cases ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL,"
                       " opened_at INTEGER NOT NULL,"
                       " appellant TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL DEFAULT '',"
                       " fiat TEXT NOT NULL DEFAULT '',"
                       " fiat_amount TEXT NOT NULL DEFAULT '',"
                       " amount_units INTEGER NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','waiting','decided')),"
                       " suggested_outcome TEXT NOT NULL DEFAULT 'none',"
                       " suggested_clause TEXT NOT NULL DEFAULT '',"
                       " due_at INTEGER,"
                       " assigned_agent TEXT NOT NULL DEFAULT '',"
                       " claimed_until INTEGER,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " imported_at INTEGER NOT NULL,"
                       " suspension_user TEXT,"
                       " suspension_since INTEGER,"
                       " suspension_days INTEGER)"),
        QStringLiteral("CREATE TABLE orders ("
                       " case_ref INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,"
                       " number TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " side_asset TEXT NOT NULL DEFAULT '',"
                       " crypto_amount TEXT NOT NULL DEFAULT '0',"
                       " fiat TEXT NOT NULL,"
                       " fiat_amount TEXT NOT NULL,"
                       " price TEXT NOT NULL DEFAULT '0',"
                       " market_price TEXT,"
                       " method_name TEXT NOT NULL DEFAULT '',"
                       " method_realtime INTEGER NOT NULL DEFAULT 0,"
                       " seller_account TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE parties ("
                       " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " role TEXT NOT NULL,"
                       " user_ref INTEGER NOT NULL REFERENCES users(id),"
                       " nickname TEXT NOT NULL DEFAULT '',"
                       " kyc_name TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (case_ref, seq))"),
        QStringLiteral("CREATE TABLE payments ("
                       " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " at INTEGER NOT NULL,"
                       " amount TEXT NOT NULL,"
                       " payer_name TEXT NOT NULL DEFAULT '',"
                       " to_listed_account INTEGER NOT NULL,"
                       " realtime INTEGER,"
                       " remark TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (case_ref, seq))"),
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY,"
                       " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " at INTEGER NOT NULL,"
                       " type TEXT NOT NULL,"
                       " by_role TEXT NOT NULL DEFAULT '',"
                       " party TEXT NOT NULL DEFAULT '',"
                       " cause TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " agent TEXT NOT NULL DEFAULT '',"
                       " message_index INTEGER NOT NULL DEFAULT -1)"),
        QStringLiteral("CREATE INDEX events_case ON events(case_ref, at)"),
        QStringLiteral("CREATE TABLE messages ("
                       " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " at INTEGER NOT NULL,"
                       " channel TEXT NOT NULL,"
                       " from_role TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " PRIMARY KEY (case_ref, seq))"),
        QStringLiteral("CREATE TABLE history ("
                       " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " user_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " count INTEGER NOT NULL CHECK (count >= 0),"
                       " PRIMARY KEY (case_ref, user_id, kind))"),
        QStringLiteral("CREATE INDEX history_user ON history(user_id, kind)"),
        QStringLiteral("CREATE TABLE decisions ("
                       " id INTEGER PRIMARY KEY,"
                       " case_ref INTEGER NOT NULL UNIQUE REFERENCES cases(id),"
                       " outcome TEXT NOT NULL,"
                       " suggested_outcome TEXT NOT NULL,"
                       " override INTEGER NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " agent TEXT NOT NULL,"
                       " decided_at INTEGER NOT NULL,"
                       " clauses TEXT NOT NULL,"
                       " revision TEXT NOT NULL,"
                       " suggestion_json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX decisions_time ON decisions(decided_at)"),
        QStringLiteral("CREATE INDEX decisions_agent ON decisions(agent, decided_at)"),
        QStringLiteral("CREATE TABLE strikes ("
                       " id INTEGER PRIMARY KEY,"
                       " user_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " case_ref INTEGER NOT NULL REFERENCES cases(id),"
                       " clause TEXT NOT NULL,"
                       " at INTEGER NOT NULL,"
                       " agent TEXT NOT NULL,"
                       " voided_at INTEGER,"
                       " voided_by TEXT,"
                       " void_reason TEXT)"),
        QStringLiteral("CREATE INDEX strikes_user ON strikes(user_id, kind)"),
        QStringLiteral("CREATE INDEX strikes_case ON strikes(case_ref)"),
        QStringLiteral("CREATE TABLE sanctions ("
                       " id INTEGER PRIMARY KEY,"
                       " user_id TEXT NOT NULL,"
                       " scope TEXT NOT NULL,"
                       " days INTEGER,"
                       " starts_at INTEGER NOT NULL,"
                       " ends_at INTEGER,"
                       " clause TEXT NOT NULL,"
                       " case_ref INTEGER NOT NULL REFERENCES cases(id))"),
        QStringLiteral("CREATE INDEX sanctions_user ON sanctions(user_id)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at INTEGER NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " before TEXT NOT NULL DEFAULT '',"
                       " after TEXT NOT NULL DEFAULT '',"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        // Append-only: the audit trail cannot be edited through the app's own connection.
        QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        // Text search for the queue: one row per case (rowid = cases.id) holding
        // case id, order number, user ids, nicknames and the transcript.
        QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'trigram')"),
        // Queue indexes: every sortable column leads an index ending in id, so
        // keyset pagination `WHERE (col, id) > (?, ?) ORDER BY col, id` never scans.
        QStringLiteral("CREATE INDEX cases_opened ON cases(opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_status ON cases(status, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_kind ON cases(kind, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_clause ON cases(suggested_clause, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_language ON cases(language, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_fiat ON cases(fiat, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_agent ON cases(assigned_agent, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_due ON cases(due_at, id)"),
        QStringLiteral("CREATE INDEX cases_amount ON cases(amount_units, id)"),
        QStringLiteral("CREATE INDEX orders_number ON orders(number)"),
        QStringLiteral("CREATE INDEX parties_user ON parties(user_ref)"),
    };
}

// PostgreSQL: the same tables with 64-bit integers for ids and times (INTEGER is 32 bits
// there), identity columns for the ids SQLite assigns, trigger functions for SQLite's
// trigger bodies, and the search table as plain rows with a pg_trgm index (the same
// substring search as FTS5's trigram tokenizer). The audit log's ids are numbered by a
// trigger, not a sequence: a sequence skips the numbers of rolled-back transactions, and the
// chain's verification counts its entries 1, 2, 3...
static QStringList postgresqlVersion1()
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE TABLE users ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " user_id TEXT NOT NULL UNIQUE,"
                       " nickname TEXT NOT NULL DEFAULT '',"
                       " kyc_name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE cases ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " case_id TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL,"
                       " opened_at BIGINT NOT NULL,"
                       " appellant TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL DEFAULT '',"
                       " fiat TEXT NOT NULL DEFAULT '',"
                       " fiat_amount TEXT NOT NULL DEFAULT '',"
                       " amount_units BIGINT NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','waiting','decided')),"
                       " suggested_outcome TEXT NOT NULL DEFAULT 'none',"
                       " suggested_clause TEXT NOT NULL DEFAULT '',"
                       " due_at BIGINT,"
                       " assigned_agent TEXT NOT NULL DEFAULT '',"
                       " claimed_until BIGINT,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " imported_at BIGINT NOT NULL,"
                       " suspension_user TEXT,"
                       " suspension_since BIGINT,"
                       " suspension_days INTEGER)"),
        QStringLiteral("CREATE TABLE orders ("
                       " case_ref BIGINT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,"
                       " number TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " side_asset TEXT NOT NULL DEFAULT '',"
                       " crypto_amount TEXT NOT NULL DEFAULT '0',"
                       " fiat TEXT NOT NULL,"
                       " fiat_amount TEXT NOT NULL,"
                       " price TEXT NOT NULL DEFAULT '0',"
                       " market_price TEXT,"
                       " method_name TEXT NOT NULL DEFAULT '',"
                       " method_realtime INTEGER NOT NULL DEFAULT 0,"
                       " seller_account TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE parties ("
                       " case_ref BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " role TEXT NOT NULL,"
                       " user_ref BIGINT NOT NULL REFERENCES users(id),"
                       " nickname TEXT NOT NULL DEFAULT '',"
                       " kyc_name TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (case_ref, seq))"),
        QStringLiteral("CREATE TABLE payments ("
                       " case_ref BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " at BIGINT NOT NULL,"
                       " amount TEXT NOT NULL,"
                       " payer_name TEXT NOT NULL DEFAULT '',"
                       " to_listed_account INTEGER NOT NULL,"
                       " realtime INTEGER,"
                       " remark TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (case_ref, seq))"),
        QStringLiteral("CREATE TABLE events ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " case_ref BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " at BIGINT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " by_role TEXT NOT NULL DEFAULT '',"
                       " party TEXT NOT NULL DEFAULT '',"
                       " cause TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " agent TEXT NOT NULL DEFAULT '',"
                       " message_index INTEGER NOT NULL DEFAULT -1)"),
        QStringLiteral("CREATE INDEX events_case ON events(case_ref, at)"),
        QStringLiteral("CREATE TABLE messages ("
                       " case_ref BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " at BIGINT NOT NULL,"
                       " channel TEXT NOT NULL,"
                       " from_role TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " PRIMARY KEY (case_ref, seq))"),
        QStringLiteral("CREATE TABLE history ("
                       " case_ref BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " user_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " count INTEGER NOT NULL CHECK (count >= 0),"
                       " PRIMARY KEY (case_ref, user_id, kind))"),
        QStringLiteral("CREATE INDEX history_user ON history(user_id, kind)"),
        QStringLiteral("CREATE TABLE decisions ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " case_ref BIGINT NOT NULL UNIQUE REFERENCES cases(id),"
                       " outcome TEXT NOT NULL,"
                       " suggested_outcome TEXT NOT NULL,"
                       " override INTEGER NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " agent TEXT NOT NULL,"
                       " decided_at BIGINT NOT NULL,"
                       " clauses TEXT NOT NULL,"
                       " revision TEXT NOT NULL,"
                       " suggestion_json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX decisions_time ON decisions(decided_at)"),
        QStringLiteral("CREATE INDEX decisions_agent ON decisions(agent, decided_at)"),
        QStringLiteral("CREATE TABLE strikes ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " user_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " case_ref BIGINT NOT NULL REFERENCES cases(id),"
                       " clause TEXT NOT NULL,"
                       " at BIGINT NOT NULL,"
                       " agent TEXT NOT NULL,"
                       " voided_at BIGINT,"
                       " voided_by TEXT,"
                       " void_reason TEXT)"),
        QStringLiteral("CREATE INDEX strikes_user ON strikes(user_id, kind)"),
        QStringLiteral("CREATE INDEX strikes_case ON strikes(case_ref)"),
        QStringLiteral("CREATE TABLE sanctions ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " user_id TEXT NOT NULL,"
                       " scope TEXT NOT NULL,"
                       " days INTEGER,"
                       " starts_at BIGINT NOT NULL,"
                       " ends_at BIGINT,"
                       " clause TEXT NOT NULL,"
                       " case_ref BIGINT NOT NULL REFERENCES cases(id))"),
        QStringLiteral("CREATE INDEX sanctions_user ON sanctions(user_id)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id BIGINT PRIMARY KEY,"
                       " at BIGINT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " before TEXT NOT NULL DEFAULT '',"
                       " after TEXT NOT NULL DEFAULT '',"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE FUNCTION audit_log_number() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN NEW.id := COALESCE((SELECT MAX(id) FROM audit_log), 0) + 1; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER audit_numbered BEFORE INSERT ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION audit_log_number()"),
        QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"),
        QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log"
                       " FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TABLE case_search ("
                       " case_ref BIGINT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,"
                       " body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_search_body ON case_search USING gin (body gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX cases_opened ON cases(opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_status ON cases(status, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_kind ON cases(kind, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_clause ON cases(suggested_clause, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_language ON cases(language, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_fiat ON cases(fiat, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_agent ON cases(assigned_agent, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_due ON cases(due_at, id)"),
        QStringLiteral("CREATE INDEX cases_amount ON cases(amount_units, id)"),
        QStringLiteral("CREATE INDEX orders_number ON orders(number)"),
        QStringLiteral("CREATE INDEX parties_user ON parties(user_ref)"),
    };
}

Migration initialSchema()
{
    return { sqliteVersion1(), postgresqlVersion1() };
}

} // namespace Migrations
