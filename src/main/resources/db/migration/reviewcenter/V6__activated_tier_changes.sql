-- Tier → action changes go live when an activation is decided (issue 4 §5): each activation of a candidate mapping
-- stores the cumulative changes then in force; the latest such row is the live one (ActivatedTierChanges).
alter table prescriptionreview_activation add column tier_changes jsonb;
