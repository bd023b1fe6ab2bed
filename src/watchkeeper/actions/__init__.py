"""What the service does about an assessment: safety messages and webhooks."""
