--liquibase formatted sql

--changeset jcpp:0056-1-survey-quarters
-- The surveys' answers counted per member city and quarter (issue 21), kept up as each answer is stored: the
-- dashboard's and the reports' survey table and the partnership's public page read these few rows, not every answer.
-- Counts only: no answer, language or day of a single answer can be read from them.
CREATE TABLE survey_city_quarter (
    city_id BIGINT NOT NULL REFERENCES member_city (id),
    quarter DATE   NOT NULL,
    answers INT    NOT NULL CHECK (answers >= 0),
    PRIMARY KEY (city_id, quarter)
);
-- the points given to each standard item (a survey's own questions differ from survey to survey: not counted here)
CREATE TABLE survey_city_quarter_point (
    city_id BIGINT      NOT NULL REFERENCES member_city (id),
    quarter DATE        NOT NULL,
    item    VARCHAR(30) NOT NULL,
    value   SMALLINT    NOT NULL,
    answers INT         NOT NULL CHECK (answers >= 0),
    PRIMARY KEY (city_id, quarter, item, value)
);
INSERT INTO survey_city_quarter (city_id, quarter, answers)
SELECT s.city_id, date_trunc('quarter', a.answered_on)::date, count(*)
FROM survey_answer a JOIN survey s ON s.id = a.survey_id
GROUP BY 1, 2;
INSERT INTO survey_city_quarter_point (city_id, quarter, item, value, answers)
SELECT s.city_id, date_trunc('quarter', a.answered_on)::date, q.item, v.value, count(*)
FROM survey_answer a JOIN survey s ON s.id = a.survey_id
JOIN survey_answer_value v ON v.answer_id = a.id JOIN survey_question q ON q.id = v.question_id
WHERE q.item IS NOT NULL AND v.value IS NOT NULL
GROUP BY 1, 2, 3, 4;
--rollback DROP TABLE survey_city_quarter_point; DROP TABLE survey_city_quarter;
