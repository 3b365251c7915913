-- Ticket types (Adult, Child, Senior, Student): a ticket keeps its seat's full price (seat type surcharge included),
-- and its price is that less its type's discount, never below 0. A hold makes Adult tickets at the full price; the
-- customer may choose other types while the booking is held. Tickets before this migration are Adult tickets at the
-- price they were sold for. Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE ticket ADD COLUMN ticket_type VARCHAR(20) NOT NULL DEFAULT 'ADULT';
ALTER TABLE ticket ADD COLUMN full_price_cents INT NOT NULL DEFAULT 0;
UPDATE ticket SET full_price_cents = price_cents;
ALTER TABLE ticket ADD CONSTRAINT ck_ticket_type CHECK (ticket_type IN ('ADULT', 'CHILD', 'SENIOR', 'STUDENT'));
-- A discount only ever lowers the price.
ALTER TABLE ticket ADD CONSTRAINT ck_ticket_full_price CHECK (price_cents <= full_price_cents);
