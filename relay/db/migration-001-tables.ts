/** Tenants, devices, platform secrets, the event feed, replication documents and leases. */
export const tablesMigration = `
CREATE TABLE tenants (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per tenant; its lock orders the tenant's feed (seq assigned under the row lock).
CREATE TABLE tenant_counters (
  tenant_id text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  feed_seq bigint NOT NULL DEFAULT 0,
  feed_purged_through bigint NOT NULL DEFAULT 0
);

CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  feed_acked_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX devices_tenant ON devices (tenant_id);

CREATE TABLE platform_secrets (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  platform text NOT NULL,
  scheme text NOT NULL,
  secret text NOT NULL,
  notification_url text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX platform_secrets_lookup ON platform_secrets (tenant_id, platform);

CREATE TABLE feed_events (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  platform text NOT NULL,
  event_key text NOT NULL,
  event_type text,
  received_at timestamptz NOT NULL DEFAULT now(),
  payload jsonb NOT NULL,
  PRIMARY KEY (tenant_id, seq),
  UNIQUE (tenant_id, platform, event_key)
);
CREATE INDEX feed_events_received ON feed_events (received_at);

-- Authentic deliveries that could not be stored as events (oversized, not JSON), kept for triage.
CREATE TABLE ingress_triage (
  id bigserial PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  platform text NOT NULL,
  reason text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  body_size integer NOT NULL,
  body_sha256 text NOT NULL,
  body_head bytea NOT NULL
);
CREATE INDEX ingress_triage_received ON ingress_triage (received_at);

-- One row per replicated collection of a tenant; its lock orders the collection (seq).
CREATE TABLE replication_collections (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  collection text NOT NULL,
  schema_version integer NOT NULL,
  primary_path text NOT NULL,
  seq bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, collection)
);

-- Latest state per document; deletions stay as tombstones (deleted = true).
CREATE TABLE replication_docs (
  tenant_id text NOT NULL,
  collection text NOT NULL,
  id text NOT NULL,
  seq bigint NOT NULL,
  schema_version integer NOT NULL,
  deleted boolean NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (tenant_id, collection, id),
  FOREIGN KEY (tenant_id, collection)
    REFERENCES replication_collections (tenant_id, collection) ON DELETE CASCADE
);
CREATE UNIQUE INDEX replication_docs_seq ON replication_docs (tenant_id, collection, seq);

CREATE TABLE leases (
  tenant_id text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  device_id text NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  epoch bigint NOT NULL,
  acquired_at timestamptz NOT NULL,
  renewed_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
`;
