--liquibase formatted sql

--changeset jcpp:0002-1-seed-member-cities
INSERT INTO member_city (name) VALUES
    ('Bloomington'), ('Brooklyn Center'), ('Brooklyn Park'), ('Crystal'), ('Hopkins'),
    ('New Hope'), ('Richfield'), ('Robbinsdale'), ('St. Louis Park');
--rollback DELETE FROM member_city;

--changeset jcpp:0002-2-seed-police-departments
INSERT INTO police_department (city_id, name)
SELECT id, name || ' Police Department' FROM member_city;
--rollback DELETE FROM police_department;

--changeset jcpp:0002-3-seed-shifts
INSERT INTO department_shift (department_id, name, sort_order)
SELECT d.id, s.name, s.sort_order
FROM police_department d
CROSS JOIN (VALUES ('Day', 1), ('Middle', 2), ('Night', 3)) AS s (name, sort_order);
--rollback DELETE FROM department_shift;

--changeset jcpp:0002-4-seed-partners
INSERT INTO partner_organisation (name, kind) VALUES
    ('Hennepin County', 'GOVERNMENT'),
    ('Northwest Hennepin Human Services Council', 'HUMAN_SERVICES');
--rollback DELETE FROM partner_organisation;

--changeset jcpp:0002-5-seed-community-groups
INSERT INTO community_group (name) VALUES
    ('Latino'), ('Somali'), ('Hmong'), ('Vietnamese'), ('Karen'), ('Oromo'), ('Ethiopian'),
    ('Liberian'), ('Russian-speaking'), ('Arab'), ('African American'), ('American Indian'), ('Lao');
--rollback DELETE FROM community_group;

--changeset jcpp:0002-6-seed-languages
INSERT INTO language (name) VALUES
    ('English'), ('Spanish'), ('Somali'), ('Hmong'), ('Vietnamese'), ('Karen'), ('Oromo'), ('Amharic'),
    ('Russian'), ('Liberian English'), ('Arabic'), ('Lao'), ('French'), ('Swahili');
--rollback DELETE FROM language;
