/**
 * Server-side functions so that an ingest batch or a replication push is one round trip and one
 * transaction. Sequences are taken from a counter row updated (so locked) inside the transaction:
 * a later commit can never carry an earlier seq. NOTIFY is transactional: sent at commit.
 */
export const functionsMigration = `
CREATE FUNCTION couvert_ingest(
  p_tenant text[], p_platform text[], p_key text[], p_type text[], p_payloads jsonb
) RETURNS TABLE (r_idx integer, r_seq bigint, r_duplicate boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  i integer;
  n integer := coalesce(array_length(p_key, 1), 0);
  cur_tenant text := NULL;
  cur_seq bigint;
  existing bigint;
  inserted boolean;
BEGIN
  -- Rows come sorted by tenant: each tenant's counter row is locked once, in tenant order.
  FOR i IN 1 .. n LOOP
    IF cur_tenant IS DISTINCT FROM p_tenant[i] THEN
      IF cur_tenant IS NOT NULL THEN
        UPDATE tenant_counters SET feed_seq = cur_seq WHERE tenant_id = cur_tenant;
      END IF;
      cur_tenant := p_tenant[i];
      SELECT c.feed_seq INTO cur_seq FROM tenant_counters c WHERE c.tenant_id = cur_tenant FOR UPDATE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown tenant %', cur_tenant USING ERRCODE = 'foreign_key_violation';
      END IF;
    END IF;
    INSERT INTO feed_events (tenant_id, seq, platform, event_key, event_type, payload)
      VALUES (cur_tenant, cur_seq + 1, p_platform[i], p_key[i], p_type[i], p_payloads -> (i - 1))
      -- A thin notification without an event id ("reservation X changed") is keyed by its body
      -- hash. Retries collapse into one event while the desk has not applied it; once a desk has
      -- acknowledged it, the same body is a new change and must reach the desk again: the event
      -- moves to the new seq instead of being dropped.
      ON CONFLICT (tenant_id, platform, event_key) DO UPDATE
        SET seq = EXCLUDED.seq, received_at = now(), event_type = EXCLUDED.event_type,
            payload = EXCLUDED.payload
        WHERE feed_events.event_key LIKE 'sha256:%'
          AND feed_events.seq <= (SELECT coalesce(max(d.feed_acked_seq), 0) FROM devices d
                                   WHERE d.tenant_id = feed_events.tenant_id);
    inserted := FOUND;
    IF inserted THEN
      cur_seq := cur_seq + 1;
      r_idx := i; r_seq := cur_seq; r_duplicate := false;
    ELSE
      SELECT e.seq INTO existing FROM feed_events e
        WHERE e.tenant_id = cur_tenant AND e.platform = p_platform[i] AND e.event_key = p_key[i];
      r_idx := i; r_seq := existing; r_duplicate := true;
    END IF;
    RETURN NEXT;
  END LOOP;
  IF cur_tenant IS NOT NULL THEN
    UPDATE tenant_counters SET feed_seq = cur_seq WHERE tenant_id = cur_tenant;
  END IF;
  FOR cur_tenant IN SELECT DISTINCT t FROM unnest(p_tenant) AS t LOOP
    PERFORM pg_notify('couvert_feed', cur_tenant);
  END LOOP;
END
$fn$;

CREATE FUNCTION couvert_push(
  p_tenant text, p_collection text, p_version integer, p_primary_path text,
  p_ids text[], p_assumed jsonb[], p_new jsonb[]
) RETURNS TABLE (r_idx integer, r_conflict jsonb)
LANGUAGE plpgsql AS $fn$
DECLARE
  i integer;
  cur_seq bigint;
  reg_version integer;
  reg_path text;
  cur jsonb;
  wrote boolean := false;
BEGIN
  INSERT INTO replication_collections (tenant_id, collection, schema_version, primary_path)
    VALUES (p_tenant, p_collection, p_version, p_primary_path)
    ON CONFLICT (tenant_id, collection) DO NOTHING;
  SELECT c.seq, c.schema_version, c.primary_path INTO cur_seq, reg_version, reg_path
    FROM replication_collections c
    WHERE c.tenant_id = p_tenant AND c.collection = p_collection FOR UPDATE;
  IF p_version < reg_version THEN
    RAISE EXCEPTION 'collection % is at schema version % on the relay', p_collection, reg_version
      USING ERRCODE = 'CV426', DETAIL = reg_version::text;
  END IF;
  IF reg_path <> p_primary_path THEN
    RAISE EXCEPTION 'collection % uses primary path %', p_collection, reg_path
      USING ERRCODE = 'CV409', DETAIL = reg_path;
  END IF;
  FOR i IN 1 .. coalesce(array_length(p_ids, 1), 0) LOOP
    SELECT d.data INTO cur FROM replication_docs d
      WHERE d.tenant_id = p_tenant AND d.collection = p_collection AND d.id = p_ids[i] FOR UPDATE;
    IF NOT FOUND THEN
      cur_seq := cur_seq + 1;
      INSERT INTO replication_docs (tenant_id, collection, id, seq, schema_version, deleted, data)
        VALUES (p_tenant, p_collection, p_ids[i], cur_seq, p_version,
                coalesce((p_new[i] ->> '_deleted')::boolean, false), p_new[i]);
      wrote := true;
    ELSIF p_assumed[i] IS NULL OR cur <> p_assumed[i] THEN
      r_idx := i; r_conflict := cur;
      RETURN NEXT;
    ELSE
      cur_seq := cur_seq + 1;
      UPDATE replication_docs d SET seq = cur_seq, schema_version = p_version,
          deleted = coalesce((p_new[i] ->> '_deleted')::boolean, false), data = p_new[i]
        WHERE d.tenant_id = p_tenant AND d.collection = p_collection AND d.id = p_ids[i];
      wrote := true;
    END IF;
  END LOOP;
  IF wrote OR p_version > reg_version THEN
    UPDATE replication_collections c SET seq = cur_seq, schema_version = greatest(reg_version, p_version)
      WHERE c.tenant_id = p_tenant AND c.collection = p_collection;
  END IF;
  IF wrote THEN
    PERFORM pg_notify('couvert_repl', p_tenant || ' ' || p_collection);
  END IF;
END
$fn$;
`;
