-- Version 8 stored the automatic first follow-up's plan as prose in the language of whoever
-- sealed the agreement. From version 9 it is stored empty and each reader is shown the
-- default in their own language, so the prose stored before is cleared.
UPDATE mediation_follow_up SET plan = '' WHERE plan IN ('First follow-up visit', '首次回访');
