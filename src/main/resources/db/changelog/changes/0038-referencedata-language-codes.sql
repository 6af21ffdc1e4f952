--liquibase formatted sql

--changeset jcpp:0038-1-language-code
-- Each language carries its ISO 639-3 code: names are shown in the reader's language by code, and a vendor's usage
-- report or a spreadsheet that writes "SOM" or "spa" is matched by it. A language an admin added before has no code
-- until the admin gives it one (the form requires it from now on).
ALTER TABLE language ADD COLUMN code VARCHAR(3) CHECK (code ~ '^[a-z]{3}$');
CREATE UNIQUE INDEX language_code_uk ON language (code);
UPDATE language SET code = c.code
FROM (VALUES ('english', 'eng'), ('spanish', 'spa'), ('somali', 'som'), ('hmong', 'hmn'), ('vietnamese', 'vie'),
             ('karen', 'kar'), ('oromo', 'orm'), ('amharic', 'amh'), ('russian', 'rus'), ('liberian english', 'lir'),
             ('arabic', 'ara'), ('lao', 'lao'), ('french', 'fra'), ('swahili', 'swa'), ('tigrinya', 'tir'),
             ('american sign language', 'ase'), ('mam', 'mam'), ('mixtec', 'mix')) AS c (name, code)
WHERE lower(language.name) = c.name
  AND NOT EXISTS (SELECT 1 FROM language taken WHERE taken.code = c.code);
--rollback ALTER TABLE language DROP COLUMN code;

--changeset jcpp:0038-2-language-seed-varieties
-- The languages that are easily lumped together wrongly: Mayan and Mixtec languages (many people from Guatemala and
-- Mexico do not speak Spanish), Tigrinya beside Amharic, the two Hmong varieties written in Latin script, S'gaw Karen,
-- and American Sign Language. "Mixtec" is a family of languages; it is seeded with the code of Mixtepec Mixtec and an
-- admin adds the varieties a city meets. The unspecific "Hmong" and "Karen" stay for the records that use them but are
-- no longer offered for new ones.
INSERT INTO language (name, code) VALUES
    ('K''iche''', 'quc'), ('Mam', 'mam'), ('Q''anjob''al', 'kjb'), ('Mixtec', 'mix'), ('Tigrinya', 'tir'),
    ('Hmong Daw (White Hmong)', 'mww'), ('Hmong Njua (Green Hmong)', 'hnj'), ('S''gaw Karen', 'ksw'),
    ('American Sign Language', 'ase')
ON CONFLICT DO NOTHING;
UPDATE language SET active = FALSE, version = version + 1, updated_at = now() WHERE code IN ('hmn', 'kar');
--rollback UPDATE language SET active = TRUE WHERE code IN ('hmn', 'kar');
--rollback DELETE FROM language WHERE code IN ('quc', 'mam', 'kjb', 'mix', 'tir', 'mww', 'hnj', 'ksw', 'ase');
