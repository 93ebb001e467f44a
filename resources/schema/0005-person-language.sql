-- Schema 5: the language a person reads (an offered code such as "ar"; empty: the app's).
-- Their handout is printed in it, whatever language the app is in.
ALTER TABLE person ADD COLUMN language TEXT NOT NULL DEFAULT '';
