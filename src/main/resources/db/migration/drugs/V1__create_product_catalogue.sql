-- Product catalogue of the drug information service (issue 8 §1). Products are data the district imports (CSV or
-- FHIR MedicationKnowledge) or, in the demo, generated ones (generated = true, never presented as real products).
create table drugs_product (
    id               bigserial primary key,
    generic_id       varchar(80)  not null,
    name             varchar(120) not null,
    brand            varchar(80),
    manufacturer     varchar(120) not null,
    approval_number  varchar(20)  not null,
    insurance_code   varchar(40),
    insurance_class  char(1)      check (insurance_class in ('A', 'B', 'C')),
    form             varchar(40)  not null,
    strength         varchar(60),
    package_spec     varchar(60),
    barcode          char(13)     not null,
    generated        boolean      not null default false,
    import_id        bigint,
    created_at       timestamptz  not null default now(),
    constraint drugs_product_barcode unique (barcode)
);
create index drugs_product_generic on drugs_product (generic_id);
create index drugs_product_approval on drugs_product (approval_number);

-- Each catalogue import: who, which file, how many rows, the outcome (all rows of an import are stored or none).
create table drugs_catalogue_import (
    id            bigserial primary key,
    file_name     varchar(200) not null,
    format        varchar(20)  not null,
    rows_total    integer      not null,
    rows_imported integer      not null,
    status        varchar(20)  not null,
    imported_by   varchar(80)  not null,
    started_at    timestamptz  not null default now(),
    finished_at   timestamptz
);

-- A resident's own medicine list ("我的药品"): kept by the resident, since no module stores prescriptions yet.
create table drugs_personal_medicine (
    id           bigserial primary key,
    resident_id  bigint      not null,
    generic_id   varchar(80) not null,
    product_id   bigint,
    added_at     timestamptz not null default now(),
    constraint drugs_personal_medicine_once unique (resident_id, generic_id)
);
create index drugs_personal_medicine_resident on drugs_personal_medicine (resident_id);
