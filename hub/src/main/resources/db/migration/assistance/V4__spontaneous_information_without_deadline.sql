-- Information a partner gives spontaneously (or this hub gives it) expects no answer: it has no reply
-- deadline, so it is never overdue. Requests recorded before this rule lose the deadline they were given.
UPDATE assistance.request SET deadline = NULL, deadline_reason = NULL WHERE kind = 'SPONTANEOUS_INFORMATION';
