-- The request (NotificationRequested) a notification was made for, none for one made directly: a
-- request handled twice, as the event publication registry may resubmit one it did not see completed,
-- makes one notification.
ALTER TABLE platform.notification ADD COLUMN request_id UUID;
CREATE UNIQUE INDEX notification_request_idx ON platform.notification (request_id);
