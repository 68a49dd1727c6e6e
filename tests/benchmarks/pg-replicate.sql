-- Issue 15, "Measured": a large PostgreSQL desk made in minutes from a demo desk of S cases, by copying
-- its cases (with their orders, parties, payments, events, messages, history, search rows and decisions)
-- `copies` more times under new ids and case ids ("AP-...-k"). The copies keep the demo's mix of kinds,
-- statuses, languages and texts, which is what the queue's figures depend on; the audit log is not copied
-- (no measurement reads it). The per-status counts are counted once at the end instead of by the trigger
-- for every row. Run by the desk's owner:
--   psql -v copies=K -f tests/benchmarks/pg-replicate.sql   (with the desk's schema on the search path)
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE replicate_base ON COMMIT DROP AS SELECT MAX(id) AS m FROM cases;
ALTER TABLE cases DISABLE TRIGGER case_counts_insert;
INSERT INTO cases (id, case_id, kind, opened_at, appellant, reason, language, fiat, fiat_amount, amount_units,
    status, suggested_outcome, suggested_clause, due_at, assigned_agent, claimed_until, version, imported_at,
    suspension_user, suspension_since, suspension_days, import_run)
SELECT c.id + k * b.m, c.case_id || '-' || k, c.kind, c.opened_at, c.appellant, c.reason, c.language, c.fiat,
    c.fiat_amount, c.amount_units, c.status, c.suggested_outcome, c.suggested_clause, c.due_at, c.assigned_agent,
    c.claimed_until, c.version, c.imported_at, c.suspension_user, c.suspension_since, c.suspension_days, NULL
FROM cases c, replicate_base b, generate_series(1, :copies) k WHERE c.id <= b.m;
ALTER TABLE cases ENABLE TRIGGER case_counts_insert;
INSERT INTO orders SELECT o.case_ref + k * b.m, o.number || '-' || k, o.created_at, o.side_asset, o.crypto_amount,
    o.fiat, o.fiat_amount, o.price, o.market_price, o.method_name, o.method_realtime, o.seller_account, o.status
FROM orders o, replicate_base b, generate_series(1, :copies) k WHERE o.case_ref <= b.m;
INSERT INTO parties SELECT p.case_ref + k * b.m, p.seq, p.role, p.user_ref, p.nickname, p.kyc_name
FROM parties p, replicate_base b, generate_series(1, :copies) k WHERE p.case_ref <= b.m;
INSERT INTO payments SELECT p.case_ref + k * b.m, p.seq, p.at, p.amount, p.payer_name, p.to_listed_account,
    p.realtime, p.remark
FROM payments p, replicate_base b, generate_series(1, :copies) k WHERE p.case_ref <= b.m;
INSERT INTO events (case_ref, at, type, by_role, party, cause, note, agent, message_index)
SELECT e.case_ref + k * b.m, e.at, e.type, e.by_role, e.party, e.cause, e.note, e.agent, e.message_index
FROM events e, replicate_base b, generate_series(1, :copies) k WHERE e.case_ref <= b.m;
INSERT INTO messages SELECT m.case_ref + k * b.m, m.seq, m.at, m.channel, m.from_role, m.text
FROM messages m, replicate_base b, generate_series(1, :copies) k WHERE m.case_ref <= b.m;
INSERT INTO history SELECT h.case_ref + k * b.m, h.user_id, h.kind, h.count
FROM history h, replicate_base b, generate_series(1, :copies) k WHERE h.case_ref <= b.m;
INSERT INTO case_search SELECT s.case_ref + k * b.m, s.body
FROM case_search s, replicate_base b, generate_series(1, :copies) k WHERE s.case_ref <= b.m;
INSERT INTO decisions (case_ref, outcome, suggested_outcome, override, note, agent, decided_at, clauses, revision,
    suggestion_json, dropped_json)
SELECT d.case_ref + k * b.m, d.outcome, d.suggested_outcome, d.override, d.note, d.agent, d.decided_at, d.clauses,
    d.revision, d.suggestion_json, d.dropped_json
FROM decisions d, replicate_base b, generate_series(1, :copies) k WHERE d.case_ref <= b.m;
SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT MAX(id) FROM cases));
UPDATE case_counts SET n = (SELECT COUNT(*) FROM cases c WHERE c.status = case_counts.status);
COMMIT;
ANALYZE;
