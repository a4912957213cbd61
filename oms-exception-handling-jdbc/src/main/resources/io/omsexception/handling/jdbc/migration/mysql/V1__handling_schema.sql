-- oms-exception handling store, MySQL 8 and MariaDB (InnoDB, utf8mb4, binary collation: ids are case-sensitive). Times are UTC, to the microsecond.

-- One row per order that has ever had a case: the unit of an order locks it (SELECT ... FOR UPDATE),
-- which serialises every decision about the order across nodes.
CREATE TABLE oms_order_lock (
    order_id    VARCHAR(200) PRIMARY KEY,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per case: (order, RULE, code) for a rule case, (order, MARK, handle) for a manual mark.
-- The primary key makes at most one case, open or not, per (order, code) and per (order, handle).
CREATE TABLE oms_case (
    case_no          BIGINT NOT NULL AUTO_INCREMENT UNIQUE,
    order_id         VARCHAR(200) NOT NULL,
    kind             VARCHAR(4)   NOT NULL CHECK (kind IN ('RULE', 'MARK')),
    case_key         VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL CHECK (version >= 1),
    state            VARCHAR(16)  NOT NULL CHECK (state IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED', 'IGNORED')),
    is_open          BOOLEAN      NOT NULL,
    code             VARCHAR(64)  NOT NULL,
    category         VARCHAR(64)  NOT NULL,
    priority         VARCHAR(2)   NOT NULL,
    department       VARCHAR(64)  NOT NULL,
    blocking         BOOLEAN      NOT NULL,
    finding_json     TEXT,
    customer_id      VARCHAR(200),
    customer_tier    VARCHAR(16),
    created_at       DATETIME(6) NOT NULL,
    opened_at        DATETIME(6) NOT NULL,
    due_at           DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    assignee         VARCHAR(200),
    closed_by        VARCHAR(200),
    closed_at        DATETIME(6),
    closure_note     TEXT,
    override_by      VARCHAR(200),
    override_reason  TEXT,
    closure_lines    TEXT,
    closure_reason   VARCHAR(32),
    channel          VARCHAR(200),
    carrier          VARCHAR(200),
    PRIMARY KEY (order_id, kind, case_key),
    CHECK (is_open = (state IN ('OPEN', 'IN_PROGRESS'))),
    CHECK ((kind = 'RULE') = (finding_json IS NOT NULL)),
    CHECK (is_open = (closed_by IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX oms_case_by_order ON oms_case (order_id, case_no);
CREATE INDEX oms_case_by_creation ON oms_case (created_at);
CREATE INDEX oms_case_open_by_department ON oms_case (is_open, department);

-- The request of each manual mark, one per (order, handle); request_json is the exact request.
CREATE TABLE oms_mark (
    order_id     VARCHAR(200) NOT NULL,
    handle       VARCHAR(64)  NOT NULL,
    kind         VARCHAR(4)   NOT NULL DEFAULT 'MARK' CHECK (kind = 'MARK'),
    reason       VARCHAR(64)  NOT NULL,
    category     VARCHAR(64)  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    delay_until  DATETIME(6),
    note         TEXT,
    request_json TEXT         NOT NULL,
    PRIMARY KEY (order_id, handle),
    FOREIGN KEY (order_id, kind, handle) REFERENCES oms_case (order_id, kind, case_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX oms_mark_by_delay ON oms_mark (delay_until);

-- The work order a case became, at most one per case.
CREATE TABLE oms_work_order (
    order_id          VARCHAR(200) NOT NULL,
    kind              VARCHAR(4)   NOT NULL,
    case_key          VARCHAR(64)  NOT NULL,
    opened_at         DATETIME(6) NOT NULL,
    opened_by         VARCHAR(200) NOT NULL,
    customer_request  TEXT         NOT NULL,
    order_json        TEXT         NOT NULL,
    PRIMARY KEY (order_id, kind, case_key),
    FOREIGN KEY (order_id, kind, case_key) REFERENCES oms_case (order_id, kind, case_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Progress notes of a case, in the order they were added; append-only.
CREATE TABLE oms_progress_note (
    order_id  VARCHAR(200) NOT NULL,
    kind      VARCHAR(4)   NOT NULL,
    case_key  VARCHAR(64)  NOT NULL,
    note_no   INTEGER      NOT NULL,
    at        DATETIME(6) NOT NULL,
    author    VARCHAR(200) NOT NULL,
    body      TEXT         NOT NULL,
    PRIMARY KEY (order_id, kind, case_key, note_no),
    FOREIGN KEY (order_id, kind, case_key) REFERENCES oms_case (order_id, kind, case_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The audit trail, in insertion order (entry_no); append-only: updates and deletes are refused.
CREATE TABLE oms_audit_entry (
    entry_no         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id         VARCHAR(200) NOT NULL,
    case_kind        VARCHAR(4),
    case_key         VARCHAR(64),
    version          BIGINT       NOT NULL,
    at               DATETIME(6) NOT NULL,
    actor            VARCHAR(200) NOT NULL,
    action_type      VARCHAR(6)   NOT NULL CHECK (action_type IN ('CASE', 'SIGNAL')),
    action           VARCHAR(32)  NOT NULL,
    state_before     VARCHAR(16),
    state_after      VARCHAR(16),
    detail           TEXT,
    note             TEXT,
    override_by      VARCHAR(200),
    override_reason  TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX oms_audit_entry_by_order ON oms_audit_entry (order_id, entry_no);

-- The transactional outbox: signals for the host's OrderFlow and notifications for its Notifier,
-- written with the change, delivered at least once under idempotency_key.
CREATE TABLE oms_outbox (
    seq              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key  VARCHAR(250) NOT NULL UNIQUE,
    order_id         VARCHAR(200) NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    delivered_at     DATETIME(6),
    payload          TEXT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX oms_outbox_pending ON oms_outbox (delivered_at, order_id, seq);

CREATE TRIGGER oms_audit_entry_no_update BEFORE UPDATE ON oms_audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oms_audit_entry is append-only: UPDATE refused';
CREATE TRIGGER oms_audit_entry_no_delete BEFORE DELETE ON oms_audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oms_audit_entry is append-only: DELETE refused';
CREATE TRIGGER oms_progress_note_no_update BEFORE UPDATE ON oms_progress_note FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oms_progress_note is append-only: UPDATE refused';
CREATE TRIGGER oms_progress_note_no_delete BEFORE DELETE ON oms_progress_note FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oms_progress_note is append-only: DELETE refused';
